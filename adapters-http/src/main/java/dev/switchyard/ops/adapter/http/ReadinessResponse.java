package dev.switchyard.ops.adapter.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchyard.ops.domain.DependencyCheck;
import dev.switchyard.ops.domain.DependencyName;
import dev.switchyard.ops.domain.ProbeOutcome;
import dev.switchyard.ops.domain.Readiness;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code /v1/status/readyz}:
 * {@code {"status":"not_ready","down":["redis"],"checks":{"redis":{"status":"down","latencyMs":2001,"error":"…"}}}}.
 */
@Serdeable
record ReadinessResponse(
        String status,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<String> down,
        Map<String, Check> checks) {

    static ReadinessResponse from(Readiness readiness) {
        Map<String, Check> checks = new LinkedHashMap<>();
        for (DependencyCheck check : readiness.checks()) {
            checks.put(check.name().value(), Check.from(check));
        }
        return new ReadinessResponse(
                readiness.isReady() ? "ready" : "not_ready",
                readiness.down().stream().map(DependencyName::value).toList(),
                checks);
    }

    @Serdeable
    record Check(String status, long latencyMs, @Nullable String error) {

        static Check from(DependencyCheck check) {
            long millis = check.took().toMillis();
            return switch (check.outcome()) {
                case ProbeOutcome.Up up -> new Check("up", millis, null);
                case ProbeOutcome.Down down -> new Check("down", millis, down.reason());
            };
        }
    }
}
