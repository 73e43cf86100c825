package dev.switchyard.messaging.adapter.jdbc;

import dev.switchyard.messaging.application.port.out.StoreOutcome;
import dev.switchyard.messaging.domain.FailureKind;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Sorts a database failure by what the worker should do (PostgreSQL SQLSTATEs): bad data (classes
 * 22, 23) can never be stored; serialization failures, deadlocks, lock and statement timeouts may
 * pass next time; no connection, a server shutting down, or a schema that does not match the code
 * (class 42) stop everything, so the batch is handed back rather than dead-lettered.
 */
final class SqlFailures {

    private static final Set<String> TRANSIENT = Set.of("40001", "40P01", "55P03", "57014", "53000", "53100", "53200", "53300");

    private SqlFailures() {
    }

    static StoreOutcome.Failed classify(Exception failure) {
        SQLException sql = sqlCause(failure);
        if (sql == null) {
            return new StoreOutcome.Failed(FailureKind.UNAVAILABLE, describe(failure));
        }
        return new StoreOutcome.Failed(kindOf(sql), describe(sql));
    }

    static FailureKind kindOf(SQLException sql) {
        String state = sql.getSQLState();
        if (sql instanceof SQLTransientConnectionException || state == null) {
            return FailureKind.UNAVAILABLE;
        }
        if (TRANSIENT.contains(state)) {
            return FailureKind.TRANSIENT;
        }
        if (state.startsWith("22") || state.startsWith("23")) {
            return FailureKind.PERMANENT;
        }
        if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("42") || state.startsWith("XX")) {
            return FailureKind.UNAVAILABLE;
        }
        return FailureKind.TRANSIENT;
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String describe(Throwable failure) {
        String state = failure instanceof SQLException sql && sql.getSQLState() != null ? " [" + sql.getSQLState() + "]" : "";
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        // the first line is enough: PostgreSQL's detail lines may quote the offending row
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)) + state;
    }
}
