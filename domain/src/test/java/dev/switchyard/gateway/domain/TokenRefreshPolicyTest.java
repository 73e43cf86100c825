package dev.switchyard.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.domain.TokenRefreshPolicy.RefreshNeed;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenRefreshPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final TokenRefreshPolicy POLICY = TokenRefreshPolicy.DEFAULTS;

    private static KiroCredentials expiringIn(Duration left, String accessToken) {
        return new KiroCredentials(accessToken, "refresh", NOW.plus(left), AuthMethod.SOCIAL,
                Optional.empty(), Optional.empty(), Optional.empty(), null, null);
    }

    @ParameterizedTest(name = "{0} left → {1}")
    @CsvSource({"PT1H, NONE", "PT5M1S, NONE", "PT5M, IN_BACKGROUND", "PT31S, IN_BACKGROUND", "PT30S, BEFORE_USE",
            "PT0S, BEFORE_USE", "-PT1H, BEFORE_USE"})
    void refresh_need_follows_the_time_left(Duration left, RefreshNeed need) {
        assertThat(POLICY.need(expiringIn(left, "access"), NOW)).isEqualTo(need);
    }

    @ParameterizedTest
    @CsvSource({"PT1H"})
    void a_credential_without_an_access_token_is_refreshed_first(Duration left) {
        assertThat(POLICY.need(expiringIn(left, ""), NOW)).isEqualTo(RefreshNeed.BEFORE_USE);
    }

    @ParameterizedTest
    @CsvSource({"PT30M, PT30M", "PT0S, PT1H", "-PT1S, PT1H"})
    void new_expiry_is_now_plus_expires_in_or_an_hour(Duration expiresIn, Duration expected) {
        assertThat(POLICY.expiresAt(Optional.of(expiresIn), NOW)).isEqualTo(NOW.plus(expected));
        assertThat(POLICY.expiresAt(Optional.empty(), NOW)).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @ParameterizedTest
    @CsvSource({"PT29S, true", "PT30S, false", "PT5M, false"})
    void a_forced_refresh_right_after_another_is_skipped(Duration since, boolean recent) {
        assertThat(POLICY.recentlyRefreshed(NOW.minus(since), NOW)).isEqualTo(recent);
    }

    @ParameterizedTest
    @CsvSource({"PT10S, true", "PT30S, true", "PT31S, false", "PT20H, false"})
    void a_refresh_time_ahead_of_the_clock_counts_only_within_the_interval(Duration ahead, boolean recent) {
        assertThat(POLICY.recentlyRefreshed(NOW.plus(ahead), NOW)).isEqualTo(recent);
    }
}
