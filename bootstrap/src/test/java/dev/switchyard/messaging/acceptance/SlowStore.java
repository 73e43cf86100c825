package dev.switchyard.messaging.acceptance;

import dev.switchyard.messaging.application.port.out.MessageStore;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.concurrent.locks.LockSupport;

/** Holds every batch 200 ms before the real store takes it, so a worker can be stopped in the middle of a stream. */
@Singleton
@Requires(property = "spec.name", value = "WorkerRestartIT-slow")
final class SlowStore implements BeanCreatedEventListener<MessageStore> {

    @Override
    public MessageStore onCreated(BeanCreatedEvent<MessageStore> event) {
        MessageStore real = event.getBean();
        return batch -> {
            LockSupport.parkNanos(200_000_000L);
            return real.store(batch);
        };
    }
}
