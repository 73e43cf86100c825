package dev.switchyard.ops.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The service is ready when every dependency it probes is up; the report names the ones that are not. */
public record Readiness(List<DependencyCheck> checks) {

    public Readiness {
        Objects.requireNonNull(checks, "checks");
        checks = checks.stream().sorted(Comparator.comparing(DependencyCheck::name)).toList();
    }

    public boolean isReady() {
        return checks.stream().allMatch(DependencyCheck::isUp);
    }

    public List<DependencyName> down() {
        return checks.stream().filter(check -> !check.isUp()).map(DependencyCheck::name).toList();
    }
}
