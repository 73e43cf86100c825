package dev.switchyard.messaging.acceptance;

import dev.switchyard.testkit.servers.PostgresServer;
import dev.switchyard.testkit.servers.RealServers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads (over its own JDBC connection) what the worker persisted, for the messages of one test (customers sharing a prefix). */
final class MessagingDatabase {

    private final PostgresServer postgres = RealServers.postgres();

    long messages(String customerPrefix) {
        return single("SELECT count(*) FROM messaging_message WHERE customer_id LIKE ?", customerPrefix);
    }

    long distinctKeys(String customerPrefix) {
        return single("SELECT count(DISTINCT idempotency_key) FROM messaging_message WHERE customer_id LIKE ?", customerPrefix);
    }

    long messagesWithKey(String key) {
        return single("SELECT count(*) FROM messaging_message WHERE idempotency_key = ?", key);
    }

    /** The sum of the conversations' message counters. */
    long conversationCount(String customerPrefix) {
        return single("SELECT coalesce(sum(message_count), 0) FROM messaging_conversation WHERE customer_id LIKE ?", customerPrefix);
    }

    private long single(String sql, String argument) {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password()); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, sql.contains("LIKE") ? argument + "%" : argument);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
