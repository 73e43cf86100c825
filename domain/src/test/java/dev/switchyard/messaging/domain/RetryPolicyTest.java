package dev.switchyard.messaging.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(10, Duration.ofHours(1), Duration.ofSeconds(1), Duration.ofMinutes(5));

    @ParameterizedTest(name = "after attempt {0}, jitter {1}: {2} ms")
    @CsvSource({
        "1, 0.0,     500",
        "1, 0.999,   999",
        "2, 0.0,    1000",
        "3, 0.5,    3000",
        "5, 0.0,    8000",
        "9, 0.0,  128000",
        "9, 0.999, 255872",
    })
    void delays_grow_exponentially_with_equal_jitter(int attempt, double jitter, long expectedMillis) {
        RetryDecision decision = policy.afterFailure(attempt, FailureKind.TRANSIENT, T0, T0, jitter);

        assertThat(decision).isInstanceOfSatisfying(RetryDecision.RetryAt.class, retry -> {
            assertThat(retry.delay().toMillis()).isEqualTo(expectedMillis);
            assertThat(retry.dueAt()).isEqualTo(T0.plus(retry.delay()));
        });
    }

    @Test
    void the_ceiling_is_capped() {
        RetryPolicy generous = new RetryPolicy(100, Duration.ofDays(30), Duration.ofSeconds(1), Duration.ofMinutes(5));

        assertThat(generous.ceilingAfter(9)).isEqualTo(Duration.ofSeconds(256));
        assertThat(generous.ceilingAfter(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(generous.ceilingAfter(60)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void a_message_never_waits_less_than_before_whatever_the_jitter() {
        Duration previousLongest = Duration.ZERO;
        for (int attempt = 1; attempt < 10; attempt++) {
            RetryDecision.RetryAt shortest = (RetryDecision.RetryAt) policy.afterFailure(attempt, FailureKind.TRANSIENT, T0, T0, 0.0);
            assertThat(shortest.delay()).isGreaterThanOrEqualTo(previousLongest.minusMillis(1));
            previousLongest = ((RetryDecision.RetryAt) policy.afterFailure(attempt, FailureKind.TRANSIENT, T0, T0, 0.999)).delay();
        }
    }

    @Test
    void permanent_failures_are_not_retried() {
        assertThat(policy.afterFailure(1, FailureKind.PERMANENT, T0, T0, 0.5))
                .isEqualTo(new RetryDecision.GiveUp("permanent failure"));
    }

    @Test
    void gives_up_after_max_attempts() {
        assertThat(policy.afterFailure(9, FailureKind.TRANSIENT, T0, T0, 0.5)).isInstanceOf(RetryDecision.RetryAt.class);
        assertThat(policy.afterFailure(10, FailureKind.TRANSIENT, T0, T0, 0.5))
                .isEqualTo(new RetryDecision.GiveUp("gave up after 10 attempts"));
    }

    @Test
    void gives_up_when_the_next_attempt_would_fall_outside_the_retry_window() {
        Instant late = T0.plus(Duration.ofMinutes(59)).plusSeconds(59);

        assertThat(policy.afterFailure(2, FailureKind.TRANSIENT, T0, late, 0.5)).isInstanceOfSatisfying(RetryDecision.GiveUp.class,
                giveUp -> assertThat(giveUp.reason()).contains("PT1H"));
    }

    @Test
    void settings_are_checked() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofHours(1), Duration.ofSeconds(1), Duration.ofMinutes(1)))
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofSeconds(1), Duration.ofMinutes(1)))
                .hasMessageContaining("maxAge");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofHours(1), Duration.ofSeconds(10), Duration.ofSeconds(1)))
                .hasMessageContaining("shorter");
    }
}
