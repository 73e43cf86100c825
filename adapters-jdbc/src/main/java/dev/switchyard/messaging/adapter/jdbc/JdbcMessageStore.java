package dev.switchyard.messaging.adapter.jdbc;

import dev.switchyard.messaging.application.port.out.MessageStore;
import dev.switchyard.messaging.application.port.out.StoreOutcome;
import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.domain.QueuedMessage;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stores a whole batch with one statement in one transaction: the rows travel as arrays
 * ({@code unnest}), new keys are inserted (existing ones skipped by the unique key), and only the
 * rows actually inserted move their conversation's counters. Rows are sorted by key and
 * conversations by their natural key, so concurrent batches take their locks in the same order.
 */
@Singleton
final class JdbcMessageStore implements MessageStore {

    private static final String STORE = """
            WITH batch AS (
                SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                     ?::text[], ?::timestamptz[], ?::int[])
                    AS b(idempotency_key, customer_id, channel, recipient, sender, subject, body_text, body_html,
                         accepted_at, attempt)
            ), inserted AS (
                INSERT INTO messaging_message (idempotency_key, customer_id, channel, recipient, sender, subject,
                                               body_text, body_html, accepted_at, attempt)
                SELECT * FROM batch
                ON CONFLICT (idempotency_key) DO NOTHING
                RETURNING idempotency_key, customer_id, channel, recipient, accepted_at
            ), counted AS (
                INSERT INTO messaging_conversation AS c (customer_id, channel, participant, message_count, last_message_at)
                SELECT customer_id, channel, recipient, count(*), max(accepted_at) FROM inserted
                GROUP BY customer_id, channel, recipient
                ORDER BY customer_id, channel, recipient
                ON CONFLICT (customer_id, channel, participant) DO UPDATE
                    SET message_count = c.message_count + excluded.message_count,
                        last_message_at = greatest(c.last_message_at, excluded.last_message_at)
            )
            SELECT idempotency_key FROM inserted
            """;

    static final int QUERY_TIMEOUT_SECONDS = 15;

    private final TransactionOperations<Connection> transactions;

    JdbcMessageStore(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public StoreOutcome store(List<QueuedMessage> messages) {
        if (messages.isEmpty()) {
            return new StoreOutcome.Stored(Set.of());
        }
        List<QueuedMessage> sorted = messages.stream().sorted(Comparator.comparing(message -> message.key().value())).toList();
        try {
            return transactions.executeWrite(status -> insert(status.getConnection(), sorted));
        } catch (Exception e) {
            return SqlFailures.classify(e);
        }
    }

    private static StoreOutcome insert(Connection connection, List<QueuedMessage> messages) throws SQLException {
        int size = messages.size();
        String[][] text = new String[8][size];
        String[] acceptedAt = new String[size];
        Integer[] attempts = new Integer[size];
        for (int i = 0; i < size; i++) {
            EventColumns.Values values = EventColumns.Values.of(messages.get(i).event());
            text[0][i] = values.idempotencyKey();
            text[1][i] = values.customerId();
            text[2][i] = values.channel();
            text[3][i] = values.recipient();
            text[4][i] = values.sender();
            text[5][i] = values.subject();
            text[6][i] = values.bodyText();
            text[7][i] = values.bodyHtml();
            acceptedAt[i] = values.acceptedAt().toString();
            attempts[i] = messages.get(i).attempt();
        }
        try (PreparedStatement statement = connection.prepareStatement(STORE)) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            for (int column = 0; column < 8; column++) {
                statement.setArray(column + 1, connection.createArrayOf("text", text[column]));
            }
            statement.setArray(9, connection.createArrayOf("text", acceptedAt));
            statement.setArray(10, connection.createArrayOf("int4", attempts));
            Set<IdempotencyKey> inserted = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    inserted.add(IdempotencyKey.of(rows.getString(1)));
                }
            }
            return new StoreOutcome.Stored(inserted);
        }
    }
}
