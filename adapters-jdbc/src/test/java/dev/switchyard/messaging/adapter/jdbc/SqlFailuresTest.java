package dev.switchyard.messaging.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.messaging.domain.FailureKind;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SqlFailuresTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "40001, TRANSIENT", "40P01, TRANSIENT", "55P03, TRANSIENT", "57014, TRANSIENT", "53300, TRANSIENT",
        "22001, PERMANENT", "22021, PERMANENT", "23505, PERMANENT", "23514, PERMANENT",
        "08006, UNAVAILABLE", "57P01, UNAVAILABLE", "42P01, UNAVAILABLE", "XX000, UNAVAILABLE",
        "25P02, TRANSIENT",
    })
    void sqlstates_decide_what_the_worker_does(String state, FailureKind kind) {
        assertThat(SqlFailures.kindOf(new SQLException("x", state))).isEqualTo(kind);
    }

    @Test
    void no_connection_from_the_pool_means_unavailable() {
        assertThat(SqlFailures.classify(new IllegalStateException("tx", new SQLTransientConnectionException("pool timeout"))).kind())
                .isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(SqlFailures.classify(new IllegalStateException("no SQL cause")).kind()).isEqualTo(FailureKind.UNAVAILABLE);
    }

    @Test
    void the_reason_keeps_the_first_line_and_the_sqlstate_only() {
        assertThat(SqlFailures.classify(new SQLException("value too long\n  Detail: Failing row contains (secret)", "22001")).reason())
                .isEqualTo("value too long [22001]");
    }
}
