package dev.switchyard.shared.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.testkit.servers.RealServers;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlywayBaselineIT implements TestPropertyProvider {

    @Inject
    ConnectionOperations<Connection> connections;

    @Override
    public Map<String, String> getProperties() {
        return RealServers.postgres().micronautProperties();
    }

    @Test
    void the_baseline_migration_ran_on_context_start() {
        String applied = connections.executeRead(status -> query(status.getConnection(),
                "SELECT version || ' ' || description || ' ' || success FROM flyway_schema_history WHERE version = '2026.11.24.1'"));

        assertThat(applied).isEqualTo("2026.11.24.1 baseline true");
    }

    @Test
    void the_baseline_describes_the_schema() {
        String comment = connections.executeRead(status -> query(status.getConnection(),
                "SELECT obj_description('public'::regnamespace, 'pg_namespace')"));

        assertThat(comment).startsWith("Switchyard: managed by Flyway");
    }

    private static String query(Connection connection, String sql) {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }
}
