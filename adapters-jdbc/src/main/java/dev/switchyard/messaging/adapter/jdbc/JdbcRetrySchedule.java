package dev.switchyard.messaging.adapter.jdbc;

import dev.switchyard.messaging.application.port.out.RetrySchedule;
import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.domain.QueuedMessage;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Retries in PostgreSQL. Claiming moves a due row's {@code due_at} past a lease with
 * {@code FOR UPDATE SKIP LOCKED}, so replicas never claim the same retry and a claim whose owner
 * died simply comes due again. Failures are thrown: the worker then hands its batch back.
 */
@Singleton
final class JdbcRetrySchedule implements RetrySchedule {

    private static final String SCHEDULE = "INSERT INTO messaging_retry (" + EventColumns.NAMES
            + ", attempt, first_failed_at, due_at, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (idempotency_key) DO UPDATE SET attempt = excluded.attempt,"
            + " first_failed_at = excluded.first_failed_at, due_at = excluded.due_at, last_error = excluded.last_error,"
            + " updated_at = now()";
    private static final String CLAIM = """
            WITH due AS (
                SELECT idempotency_key, due_at AS was_due FROM messaging_retry
                WHERE due_at <= ? ORDER BY due_at, idempotency_key LIMIT ? FOR UPDATE SKIP LOCKED
            )
            UPDATE messaging_retry r SET due_at = ?, updated_at = now() FROM due
            WHERE r.idempotency_key = due.idempotency_key
            RETURNING r.*, due.was_due
            """;

    private final TransactionOperations<Connection> transactions;

    JdbcRetrySchedule(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public void schedule(QueuedMessage next, Instant dueAt, String lastError) {
        transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(SCHEDULE)) {
                statement.setQueryTimeout(JdbcMessageStore.QUERY_TIMEOUT_SECONDS);
                EventColumns.bind(statement, 1, next.event());
                statement.setInt(10, next.attempt());
                statement.setObject(11, EventColumns.utc(next.firstFailedAt().orElseThrow()));
                statement.setObject(12, EventColumns.utc(dueAt));
                statement.setString(13, lastError);
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public List<QueuedMessage> claimDue(Instant now, int limit, Duration lease) {
        return transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(CLAIM)) {
                statement.setQueryTimeout(JdbcMessageStore.QUERY_TIMEOUT_SECONDS);
                statement.setObject(1, EventColumns.utc(now));
                statement.setInt(2, limit);
                statement.setObject(3, EventColumns.utc(now.plus(lease)));
                List<Map.Entry<Instant, QueuedMessage>> claimed = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(Map.entry(EventColumns.instant(rows, "was_due"), read(rows)));
                    }
                }
                return claimed.stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder())).map(Map.Entry::getValue).toList();
            }
        });
    }

    private static QueuedMessage read(ResultSet row) throws SQLException {
        return new QueuedMessage(EventColumns.read(row), row.getInt("attempt"),
                Optional.of(EventColumns.instant(row, "first_failed_at")));
    }

    @Override
    public void complete(IdempotencyKey key, int attempt) {
        transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection()
                    .prepareStatement("DELETE FROM messaging_retry WHERE idempotency_key = ? AND attempt = ?")) {
                statement.setQueryTimeout(JdbcMessageStore.QUERY_TIMEOUT_SECONDS);
                statement.setString(1, key.value());
                statement.setInt(2, attempt);
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public long size() {
        return transactions.executeRead(status -> JdbcQueries.count(status.getConnection(), "SELECT count(*) FROM messaging_retry"));
    }
}
