package dev.switchyard.messaging.adapter.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Small helpers for one-value queries. */
final class JdbcQueries {

    private JdbcQueries() {
    }

    static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(JdbcMessageStore.QUERY_TIMEOUT_SECONDS);
            try (ResultSet row = statement.executeQuery(sql)) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
