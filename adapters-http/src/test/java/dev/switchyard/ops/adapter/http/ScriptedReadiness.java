package dev.switchyard.ops.adapter.http;

import dev.switchyard.ops.application.port.in.CheckReadinessUseCase;
import dev.switchyard.ops.domain.Readiness;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

@Singleton
@Requires(property = "spec.name", value = "StatusControllerTest")
class ScriptedReadiness implements CheckReadinessUseCase {

    private final AtomicReference<Readiness> next = new AtomicReference<>(new Readiness(List.of()));

    void answer(Readiness readiness) {
        next.set(readiness);
    }

    @Override
    public Readiness check() {
        return next.get();
    }
}
