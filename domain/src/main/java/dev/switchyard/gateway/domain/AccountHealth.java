package dev.switchyard.gateway.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the pool knows about one account's health, with the meaning of the Node.js service's node
 * fields (kiro-protocol.md §5.3): {@code isHealthy}, {@code isDisabled}, {@code needsRefresh},
 * {@code scheduledRecoveryTime}, the counters and the last error. An unhealthy account with a
 * recovery time is cooling down and is selectable again once that time has passed.
 *
 * @param needsReauthentication its refresh token was rejected: only a new login (import) helps. Informative
 *                              (Switchyard's own field): {@code isHealthy=false} is what keeps the account out,
 *                              so the Node service healing the account puts it back
 * @param recoversAt            when a cooldown ends ({@code scheduledRecoveryTime})
 * @param lastRefreshedAt       the last successful token refresh ({@code lastRefreshTime})
 */
public record AccountHealth(
        boolean healthy,
        boolean disabled,
        boolean needsRefresh,
        boolean needsReauthentication,
        Optional<Instant> recoversAt,
        int errorCount,
        long usageCount,
        int refreshCount,
        Optional<Instant> lastUsed,
        Optional<Instant> lastErrorAt,
        Optional<String> lastError,
        Optional<Instant> lastRefreshedAt) {

    public AccountHealth {
        Objects.requireNonNull(recoversAt, "recoversAt");
        Objects.requireNonNull(lastUsed, "lastUsed");
        Objects.requireNonNull(lastErrorAt, "lastErrorAt");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(lastRefreshedAt, "lastRefreshedAt");
        if (errorCount < 0 || usageCount < 0 || refreshCount < 0) {
            throw new IllegalArgumentException("counters cannot be negative");
        }
    }

    /** A newly added account: healthy, enabled, never used. */
    public static AccountHealth fresh() {
        return new AccountHealth(true, false, false, false, Optional.empty(), 0, 0, 0,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Whether round robin may hand this account out at {@code now}. */
    public boolean selectableAt(Instant now) {
        return !disabled && !needsRefresh && (healthy || cooldownOverAt(now));
    }

    public AccountStatus statusAt(Instant now) {
        if (disabled) {
            return AccountStatus.DISABLED;
        }
        if (needsRefresh) {
            return AccountStatus.NEEDS_REFRESH;
        }
        if (healthy || cooldownOverAt(now)) {
            return AccountStatus.HEALTHY;
        }
        if (needsReauthentication) {
            return AccountStatus.NEEDS_REAUTHENTICATION;
        }
        return recoversAt.isPresent() ? AccountStatus.COOLING_DOWN : AccountStatus.UNHEALTHY;
    }

    private boolean cooldownOverAt(Instant now) {
        return recoversAt.map(end -> !end.isAfter(now)).orElse(false);
    }

    /** The state after {@code change}; every change the pool records goes through here. */
    public AccountHealth apply(HealthChange change) {
        return switch (change) {
            case HealthChange.Succeeded succeeded -> succeeded(succeeded);
            case HealthChange.Failed failed -> failed(failed);
            case HealthChange.Disabled disabled -> withDisabled(true);
            case HealthChange.Enabled enabled -> new AccountHealth(true, false, needsRefresh, false, Optional.empty(),
                    0, usageCount, refreshCount, lastUsed, lastErrorAt, lastError, lastRefreshedAt);
            case HealthChange.Refreshed refreshed -> new AccountHealth(healthy || needsReauthentication, disabled,
                    false, false, needsReauthentication ? Optional.empty() : recoversAt, errorCount, usageCount, 0,
                    lastUsed, lastErrorAt, lastError, Optional.of(refreshed.at()));
            case HealthChange.ReauthenticationRequired required -> new AccountHealth(false, disabled, false, true,
                    Optional.empty(), errorCount + 1, usageCount, refreshCount, lastUsed, Optional.of(required.at()),
                    Optional.of(required.reason()), lastRefreshedAt);
        };
    }

    /**
     * Counts the use; an account that had been failing is healthy again (its error count reset, as
     * Node does), and a working token settles any doubt about its login.
     */
    private AccountHealth succeeded(HealthChange.Succeeded succeeded) {
        Instant lastUse = lastUsed.filter(previous -> previous.isAfter(succeeded.at())).orElse(succeeded.at());
        boolean recovering = !healthy || errorCount != 0;
        return new AccountHealth(true, disabled, needsRefresh, false,
                recovering ? Optional.empty() : recoversAt, recovering ? 0 : errorCount,
                usageCount + succeeded.count(), refreshCount, Optional.of(lastUse), lastErrorAt, lastError,
                lastRefreshedAt);
    }

    /** Out until the cooldown ends; a longer cooldown already running (a quota until month end) is kept. */
    private AccountHealth failed(HealthChange.Failed failed) {
        Instant until = failed.until();
        if (!healthy && recoversAt.isPresent() && recoversAt.get().isAfter(until)) {
            until = recoversAt.get();
        }
        return new AccountHealth(false, disabled, needsRefresh, needsReauthentication, Optional.of(until),
                errorCount + 1, usageCount, refreshCount, lastUsed, Optional.of(failed.at()),
                Optional.of(failed.describe()), lastRefreshedAt);
    }

    private AccountHealth withDisabled(boolean value) {
        return new AccountHealth(healthy, value, needsRefresh, needsReauthentication, recoversAt, errorCount,
                usageCount, refreshCount, lastUsed, lastErrorAt, lastError, lastRefreshedAt);
    }
}
