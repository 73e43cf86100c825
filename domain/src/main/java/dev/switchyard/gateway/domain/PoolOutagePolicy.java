package dev.switchyard.gateway.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * The degraded mode of the shared pool while Redis cannot be reached (seed T018a): keep selecting
 * from the last pool read, and keep health changes to write them back when Redis returns, for at
 * most {@code maxStaleness}; after that the pool is treated as empty (fail closed, callers get 503)
 * rather than trusting a view that old. {@code maxPendingChanges} bounds what is kept per account.
 */
public record PoolOutagePolicy(Duration maxStaleness, int maxPendingChanges) {

    public static final PoolOutagePolicy DEFAULTS = new PoolOutagePolicy(Duration.ofHours(6), 1_000);

    public PoolOutagePolicy {
        Objects.requireNonNull(maxStaleness, "maxStaleness");
        if (!maxStaleness.isPositive()) {
            throw new IllegalArgumentException("maxStaleness must be positive: " + maxStaleness);
        }
        if (maxPendingChanges < 1) {
            throw new IllegalArgumentException("maxPendingChanges must be at least 1: " + maxPendingChanges);
        }
    }

    /**
     * Whether a pool last read from Redis {@code staleFor} ago may still be served. Staleness is real
     * elapsed time (a monotonic timer), not the clock the pool's cooldowns run on.
     */
    public boolean mayServe(Duration staleFor) {
        return staleFor.compareTo(maxStaleness) <= 0;
    }
}
