package dev.switchyard.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CooldownPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final CooldownPolicy POLICY = CooldownPolicy.DEFAULTS;

    static Stream<Arguments> cooldowns() {
        return Stream.of(
                Arguments.of(UpstreamFailure.RATE_LIMITED, Optional.empty(), NOW.plusSeconds(60)),
                Arguments.of(UpstreamFailure.RATE_LIMITED, Optional.of(Duration.ofSeconds(7)), NOW.plusSeconds(7)),
                Arguments.of(UpstreamFailure.RATE_LIMITED, Optional.of(Duration.ofHours(2)), NOW.plus(Duration.ofMinutes(5))),
                Arguments.of(UpstreamFailure.RATE_LIMITED, Optional.of(Duration.ZERO), NOW.plusSeconds(60)),
                Arguments.of(UpstreamFailure.QUOTA_EXHAUSTED, Optional.empty(), Instant.parse("2026-12-01T00:00:00Z")),
                Arguments.of(UpstreamFailure.ACCOUNT_BLOCKED, Optional.empty(), NOW.plus(Duration.ofMinutes(30))),
                Arguments.of(UpstreamFailure.SERVER_ERROR, Optional.empty(), NOW.plusSeconds(5)),
                Arguments.of(UpstreamFailure.TIMEOUT, Optional.empty(), NOW.plusSeconds(5)),
                Arguments.of(UpstreamFailure.CONNECTION_FAILED, Optional.empty(), NOW.plusSeconds(5)),
                Arguments.of(UpstreamFailure.STREAM_BROKEN, Optional.empty(), NOW.plusSeconds(5)));
    }

    @ParameterizedTest(name = "{0} retryAfter={1} → {2}")
    @MethodSource("cooldowns")
    void penalizing_failures_cool_down(UpstreamFailure failure, Optional<Duration> retryAfter, Instant end) {
        assertThat(POLICY.cooldownEnd(failure, retryAfter, NOW)).contains(end);
    }

    @ParameterizedTest
    @EnumSource(value = UpstreamFailure.class, names = {"INVALID_REQUEST", "CONTEXT_TOO_LONG", "MODEL_UNAVAILABLE",
            "UNAUTHORIZED", "TOKEN_REJECTED"})
    void failures_that_are_not_the_accounts_fault_change_nothing(UpstreamFailure failure) {
        assertThat(POLICY.cooldownEnd(failure, Optional.of(Duration.ofSeconds(10)), NOW)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(UpstreamFailure.class)
    void every_penalizing_failure_has_a_cooldown(UpstreamFailure failure) {
        assertThat(POLICY.cooldownEnd(failure, Optional.empty(), NOW).isPresent()).isEqualTo(failure.penalizesAccount());
    }

    @org.junit.jupiter.api.Test
    void quota_resets_on_the_first_of_next_month_even_in_december() {
        assertThat(POLICY.cooldownEnd(UpstreamFailure.QUOTA_EXHAUSTED, Optional.empty(), Instant.parse("2026-12-31T23:59:59Z")))
                .contains(Instant.parse("2027-01-01T00:00:00Z"));
    }
}
