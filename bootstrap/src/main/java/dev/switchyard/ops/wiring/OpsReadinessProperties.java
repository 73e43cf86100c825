package dev.switchyard.ops.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/** {@code ops.readiness.*}: how long one dependency probe may take before readiness calls it down. */
@ConfigurationProperties("ops.readiness")
record OpsReadinessProperties(@Bindable(defaultValue = "2s") Duration probeTimeout) {
}
