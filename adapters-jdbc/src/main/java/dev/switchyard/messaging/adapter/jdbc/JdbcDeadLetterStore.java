package dev.switchyard.messaging.adapter.jdbc;

import dev.switchyard.messaging.application.port.out.DeadLetterStore;
import dev.switchyard.messaging.domain.DeadLetter;
import dev.switchyard.messaging.domain.DeadLetterId;
import dev.switchyard.messaging.domain.StoredDeadLetter;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dead letters in PostgreSQL ({@code messaging_dead_letter}); a message is dead once per key (partial unique index). */
@Singleton
final class JdbcDeadLetterStore implements DeadLetterStore {

    private static final String COLUMNS = "id, " + EventColumns.NAMES + ", source, raw_payload, reason, attempts, dead_lettered_at";
    private static final String ADD = "INSERT INTO messaging_dead_letter (" + EventColumns.NAMES
            + ", source, raw_payload, reason, attempts, dead_lettered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING";

    private final TransactionOperations<Connection> transactions;

    JdbcDeadLetterStore(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(DeadLetter letter) {
        transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(ADD)) {
                statement.setQueryTimeout(JdbcMessageStore.QUERY_TIMEOUT_SECONDS);
                switch (letter.content()) {
                    case DeadLetter.Message message -> {
                        EventColumns.bind(statement, 1, message.event());
                        statement.setNull(10, Types.VARCHAR);
                        statement.setNull(11, Types.VARCHAR);
                    }
                    case DeadLetter.Undecodable undecodable -> {
                        for (int column = 1; column <= EventColumns.COUNT; column++) {
                            statement.setNull(column, column == EventColumns.COUNT ? Types.TIMESTAMP_WITH_TIMEZONE : Types.VARCHAR);
                        }
                        statement.setString(10, undecodable.source());
                        statement.setString(11, undecodable.payload());
                    }
                }
                statement.setString(12, letter.reason());
                statement.setInt(13, letter.attempts());
                statement.setObject(14, EventColumns.utc(letter.deadLetteredAt()));
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public Optional<StoredDeadLetter> find(DeadLetterId id) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection()
                    .prepareStatement("SELECT " + COLUMNS + " FROM messaging_dead_letter WHERE id = ?")) {
                statement.setQueryTimeout(JdbcMessageStore.QUERY_TIMEOUT_SECONDS);
                statement.setLong(1, id.value());
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? Optional.of(read(row)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<StoredDeadLetter> list(long after, int limit) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection()
                    .prepareStatement("SELECT " + COLUMNS + " FROM messaging_dead_letter WHERE id > ? ORDER BY id LIMIT ?")) {
                statement.setQueryTimeout(JdbcMessageStore.QUERY_TIMEOUT_SECONDS);
                statement.setLong(1, after);
                statement.setInt(2, limit);
                List<StoredDeadLetter> letters = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        letters.add(read(rows));
                    }
                }
                return letters;
            }
        });
    }

    @Override
    public boolean delete(DeadLetterId id) {
        return transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement("DELETE FROM messaging_dead_letter WHERE id = ?")) {
                statement.setQueryTimeout(JdbcMessageStore.QUERY_TIMEOUT_SECONDS);
                statement.setLong(1, id.value());
                return statement.executeUpdate() > 0;
            }
        });
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        return transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection()
                    .prepareStatement("DELETE FROM messaging_dead_letter WHERE dead_lettered_at < ?")) {
                statement.setQueryTimeout(JdbcMessageStore.QUERY_TIMEOUT_SECONDS);
                statement.setObject(1, EventColumns.utc(cutoff));
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public long count() {
        return transactions.executeRead(status -> JdbcQueries.count(status.getConnection(), "SELECT count(*) FROM messaging_dead_letter"));
    }

    private static StoredDeadLetter read(ResultSet row) throws SQLException {
        DeadLetter.Content content = row.getString("idempotency_key") != null
                ? new DeadLetter.Message(EventColumns.read(row))
                : new DeadLetter.Undecodable(row.getString("source"), row.getString("raw_payload"));
        return new StoredDeadLetter(DeadLetterId.of(row.getLong("id")),
                new DeadLetter(content, row.getString("reason"), row.getInt("attempts"), EventColumns.instant(row, "dead_lettered_at")));
    }
}
