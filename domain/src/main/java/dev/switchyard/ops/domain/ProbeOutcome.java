package dev.switchyard.ops.domain;

import java.util.Objects;

/** What one probe of a dependency found. */
public sealed interface ProbeOutcome {

    static ProbeOutcome up() {
        return Up.INSTANCE;
    }

    static ProbeOutcome down(String reason) {
        return new Down(reason);
    }

    record Up() implements ProbeOutcome {
        private static final Up INSTANCE = new Up();
    }

    /** @param reason why the dependency is considered down, safe to show to an operator (no secrets) */
    record Down(String reason) implements ProbeOutcome {
        public Down {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
