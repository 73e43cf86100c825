package dev.switchyard.ops.application.port.in;

import dev.switchyard.ops.domain.Readiness;

/** Probes every dependency the service needs (PostgreSQL, Redis, Kafka …) within a bounded time. */
public interface CheckReadinessUseCase {

    Readiness check();
}
