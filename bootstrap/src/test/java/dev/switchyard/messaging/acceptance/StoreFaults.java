package dev.switchyard.messaging.acceptance;

import dev.switchyard.messaging.application.port.out.MessageStore;
import dev.switchyard.messaging.application.port.out.StoreOutcome;
import dev.switchyard.messaging.domain.FailureKind;
import dev.switchyard.messaging.domain.QueuedMessage;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Failures injected into the real (PostgreSQL) message store, per idempotency key: a number of
 * transient failures, or a permanent one while it is switched on. A batch holding a faulty key fails
 * as a whole (so the worker stores its messages one by one); every attempt at a faulty key alone is timed.
 */
@Singleton
@Requires(property = "spec.name", value = "MessagingWorkerIT")
final class StoreFaults implements BeanCreatedEventListener<MessageStore> {

    private final Map<String, AtomicInteger> transientLeft = new ConcurrentHashMap<>();
    private final Set<String> permanent = ConcurrentHashMap.newKeySet();
    private final Map<String, List<Instant>> attempts = new ConcurrentHashMap<>();

    void failTransiently(String key, int times) {
        transientLeft.put(key, new AtomicInteger(times));
    }

    void failPermanently(String key) {
        permanent.add(key);
    }

    void heal(String key) {
        permanent.remove(key);
        transientLeft.remove(key);
    }

    List<Instant> attempts(String key) {
        return List.copyOf(attempts.getOrDefault(key, List.of()));
    }

    @Override
    public MessageStore onCreated(BeanCreatedEvent<MessageStore> event) {
        MessageStore real = event.getBean();
        return batch -> inject(batch).orElseGet(() -> real.store(batch));
    }

    private Optional<StoreOutcome> inject(List<QueuedMessage> batch) {
        Optional<String> faulty = batch.stream().map(message -> message.key().value())
                .filter(key -> permanent.contains(key) || transientLeft.containsKey(key)).findFirst();
        if (faulty.isEmpty()) {
            batch.forEach(message -> attempts.computeIfPresent(message.key().value(), (key, times) -> record(times)));
            return Optional.empty();
        }
        if (batch.size() > 1) {
            return Optional.of(new StoreOutcome.Failed(FailureKind.TRANSIENT, "injected: batch holds a faulty message"));
        }
        String key = faulty.get();
        attempts.computeIfAbsent(key, ignored -> new CopyOnWriteArrayList<>()).add(Instant.now());
        if (permanent.contains(key)) {
            return Optional.of(new StoreOutcome.Failed(FailureKind.PERMANENT, "injected: check constraint violated"));
        }
        if (transientLeft.get(key).getAndDecrement() > 0) {
            return Optional.of(new StoreOutcome.Failed(FailureKind.TRANSIENT, "injected: deadlock detected"));
        }
        transientLeft.remove(key);
        return Optional.empty();
    }

    private static List<Instant> record(List<Instant> times) {
        times.add(Instant.now());
        return times;
    }
}
