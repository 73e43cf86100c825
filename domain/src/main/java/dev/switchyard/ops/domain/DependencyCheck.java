package dev.switchyard.ops.domain;

import java.time.Duration;
import java.util.Objects;

/** One dependency's outcome in a readiness report, with how long the probe took. */
public record DependencyCheck(DependencyName name, ProbeOutcome outcome, Duration took) {

    public DependencyCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(took, "took");
        if (took.isNegative()) {
            throw new IllegalArgumentException("took must not be negative: " + took);
        }
    }

    public boolean isUp() {
        return outcome instanceof ProbeOutcome.Up;
    }
}
