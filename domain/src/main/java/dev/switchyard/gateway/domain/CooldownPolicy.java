package dev.switchyard.gateway.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a failure keeps an account out of the pool (product.md §A, kiro-protocol.md §5.2).
 * Failures that do not penalize the account (our own bad request, a token to refresh) change nothing.
 *
 * @param rateLimited     429 without a usable {@code Retry-After} (default 60 s)
 * @param rateLimitedMax  the longest {@code Retry-After} honoured
 * @param accountBlocked  403 that is not a token problem (suspended, not allowed)
 * @param transientFailure 5xx, timeout, connection failure, a broken stream
 */
public record CooldownPolicy(Duration rateLimited, Duration rateLimitedMax, Duration accountBlocked,
        Duration transientFailure) {

    public static final CooldownPolicy DEFAULTS = new CooldownPolicy(
            Duration.ofSeconds(60), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofSeconds(5));

    public CooldownPolicy {
        requirePositive(rateLimited, "rateLimited");
        requirePositive(rateLimitedMax, "rateLimitedMax");
        requirePositive(accountBlocked, "accountBlocked");
        requirePositive(transientFailure, "transientFailure");
        if (rateLimitedMax.compareTo(rateLimited) < 0) {
            throw new IllegalArgumentException("rateLimitedMax must be at least rateLimited");
        }
    }

    /** When the account may be used again after {@code failure} at {@code now}; empty: it is not penalized. */
    public Optional<Instant> cooldownEnd(UpstreamFailure failure, Optional<Duration> retryAfter, Instant now) {
        if (!failure.penalizesAccount()) {
            return Optional.empty();
        }
        return Optional.of(switch (failure) {
            case RATE_LIMITED -> now.plus(retryAfter
                    .filter(hint -> hint.isPositive())
                    .map(hint -> hint.compareTo(rateLimitedMax) > 0 ? rateLimitedMax : hint)
                    .orElse(rateLimited));
            case QUOTA_EXHAUSTED -> firstOfNextMonth(now);
            case ACCOUNT_BLOCKED -> now.plus(accountBlocked);
            case SERVER_ERROR, TIMEOUT, CONNECTION_FAILED, STREAM_BROKEN -> now.plus(transientFailure);
            case INVALID_REQUEST, CONTEXT_TOO_LONG, MODEL_UNAVAILABLE, UNAUTHORIZED, TOKEN_REJECTED ->
                    throw new IllegalStateException(failure + " does not penalize an account");
        });
    }

    /** A monthly quota resets on the 1st at 00:00 UTC (as the Node service assumes). */
    private static Instant firstOfNextMonth(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return today.withDayOfMonth(1).plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (!duration.isPositive()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
