package dev.switchyard.ops.adapter.jdbc;

import dev.switchyard.ops.application.port.out.DependencyProbe;
import dev.switchyard.ops.domain.DependencyName;
import dev.switchyard.ops.domain.ProbeOutcome;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/** PostgreSQL is up when the pool hands out a connection that the server confirms valid in time. */
@Singleton
final class JdbcDependencyProbe implements DependencyProbe {

    private static final DependencyName NAME = DependencyName.of("postgresql");

    private final ConnectionOperations<Connection> connections;

    JdbcDependencyProbe(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    @Override
    public DependencyName name() {
        return NAME;
    }

    @Override
    public ProbeOutcome probe(Duration timeout) {
        int seconds = (int) Math.max(1, timeout.toSeconds());
        try {
            return connections.executeRead(status -> isValid(status.getConnection(), seconds));
        } catch (RuntimeException e) {
            return ProbeOutcome.down(rootCause(e).toString());
        }
    }

    private static ProbeOutcome isValid(Connection connection, int seconds) {
        try {
            return connection.isValid(seconds)
                    ? ProbeOutcome.up()
                    : ProbeOutcome.down("connection not valid within " + seconds + " s");
        } catch (SQLException e) {
            return ProbeOutcome.down(e.toString());
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
