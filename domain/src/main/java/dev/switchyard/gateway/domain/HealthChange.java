package dev.switchyard.gateway.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened to an account and changes its {@link AccountHealth}. Changes are
 * recorded in order and can be re-applied to a newer state (another replica's, or the one Redis
 * holds after an outage), so they say what happened rather than what the fields become.
 */
public sealed interface HealthChange {

    Instant at();

    /** {@code count} successful calls, the last one at {@code at}. */
    record Succeeded(int count, Instant at) implements HealthChange {
        public Succeeded {
            Objects.requireNonNull(at, "at");
            if (count < 1) {
                throw new IllegalArgumentException("count must be positive: " + count);
            }
        }

        public static Succeeded once(Instant at) {
            return new Succeeded(1, at);
        }

        /** This and a later success as one change. */
        public Succeeded plus(Succeeded later) {
            return new Succeeded(count + later.count, later.at.isAfter(at) ? later.at : at);
        }
    }

    /** A call failed in a way that penalizes the account: it cools down until {@code until}. */
    record Failed(UpstreamFailure failure, Instant until, Instant at) implements HealthChange {
        public Failed {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(until, "until");
            Objects.requireNonNull(at, "at");
        }

        /** The {@code lastErrorMessage} the pool stores. */
        public String describe() {
            return "Switchyard: " + failure.name() + ", cooling down until " + until;
        }
    }

    /** An operator took the account out of the pool. */
    record Disabled(Instant at) implements HealthChange {
        public Disabled {
            Objects.requireNonNull(at, "at");
        }
    }

    /** An operator put the account back: enabled and healthy, its cooldown and error count cleared. */
    record Enabled(Instant at) implements HealthChange {
        public Enabled {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The tokens were refreshed: any pending refresh or re-authentication need is settled. */
    record Refreshed(Instant at) implements HealthChange {
        public Refreshed {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The refresh token was rejected for good: the account stays out until someone logs in again. */
    record ReauthenticationRequired(String reason, Instant at) implements HealthChange {
        public ReauthenticationRequired {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(at, "at");
        }
    }
}
