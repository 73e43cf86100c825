package dev.switchyard.gateway.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When to refresh an account's access token (kiro-protocol.md §4.5).
 *
 * @param refreshAhead       below this much validity left, refresh in the background (default 5 min)
 * @param expiryMargin       below this much, the token is treated as expired: refresh before using it
 * @param minForcedInterval  a rejected token is not refreshed again within this time of the last refresh
 * @param retryAfterFailure  after a failed refresh, no new attempt for this long (the old token is used while valid)
 */
public record TokenRefreshPolicy(Duration refreshAhead, Duration expiryMargin, Duration minForcedInterval,
        Duration retryAfterFailure) {

    /** What Kiro's auth services assume when an answer has no {@code expiresIn}. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(1);

    public static final TokenRefreshPolicy DEFAULTS = new TokenRefreshPolicy(
            Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30));

    public TokenRefreshPolicy {
        Objects.requireNonNull(refreshAhead, "refreshAhead");
        Objects.requireNonNull(expiryMargin, "expiryMargin");
        Objects.requireNonNull(minForcedInterval, "minForcedInterval");
        Objects.requireNonNull(retryAfterFailure, "retryAfterFailure");
        if (expiryMargin.isNegative() || refreshAhead.compareTo(expiryMargin) < 0) {
            throw new IllegalArgumentException("need 0 <= expiryMargin <= refreshAhead");
        }
    }

    public RefreshNeed need(KiroCredentials credentials, Instant now) {
        if (credentials.accessToken().isEmpty() || credentials.expiresWithin(expiryMargin, now)) {
            return RefreshNeed.BEFORE_USE;
        }
        return credentials.expiresWithin(refreshAhead, now) ? RefreshNeed.IN_BACKGROUND : RefreshNeed.NONE;
    }

    /** The new expiry: {@code now + expiresIn}, one hour when the answer gave none. */
    public Instant expiresAt(Optional<Duration> expiresIn, Instant now) {
        return now.plus(expiresIn.filter(Duration::isPositive).orElse(DEFAULT_VALIDITY));
    }

    /**
     * Whether a refresh that ended at {@code lastRefresh} is recent enough to skip a forced one. A time
     * further ahead than {@code minForcedInterval} (another writer's clock, a bad value) is not recent:
     * it must not block refreshes until that time comes.
     */
    public boolean recentlyRefreshed(Instant lastRefresh, Instant now) {
        return lastRefresh.plus(minForcedInterval).isAfter(now) && !lastRefresh.isAfter(now.plus(minForcedInterval));
    }

    public enum RefreshNeed {
        /** Valid for long enough. */
        NONE,
        /** Still usable: use it and refresh in the background. */
        IN_BACKGROUND,
        /** Expired or about to: refresh first. */
        BEFORE_USE
    }
}
