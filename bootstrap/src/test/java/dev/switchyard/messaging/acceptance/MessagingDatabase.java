package dev.switchyard.messaging.acceptance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Reads what the worker persisted, for the messages of one test (customers sharing a prefix). */
final class MessagingDatabase {

    private final DataSource dataSource;

    MessagingDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

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
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
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
