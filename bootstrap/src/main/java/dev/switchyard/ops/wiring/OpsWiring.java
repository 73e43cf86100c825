package dev.switchyard.ops.wiring;

import dev.switchyard.ops.application.port.in.CheckReadinessUseCase;
import dev.switchyard.ops.application.port.out.DependencyProbe;
import dev.switchyard.ops.application.service.CheckReadinessService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;

/** Readiness over every {@link DependencyProbe} bean the adapters contribute (PostgreSQL, Redis, Kafka …). */
@Factory
final class OpsWiring {

    @Singleton
    CheckReadinessUseCase checkReadiness(List<DependencyProbe> probes, OpsReadinessProperties properties) {
        return new CheckReadinessService(probes, properties.probeTimeout());
    }
}
