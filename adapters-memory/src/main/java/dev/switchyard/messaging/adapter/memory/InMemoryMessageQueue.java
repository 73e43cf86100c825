package dev.switchyard.messaging.adapter.memory;

import dev.switchyard.messaging.application.port.out.MessageQueue;
import dev.switchyard.messaging.domain.OutboundMessageEvent;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * {@code QUEUE_BACKEND=memory}: a bounded buffer in this process. Single instance and not durable:
 * what is still in it when the process stops is lost. Publishing does not wait while there is room;
 * when the buffer is full it blocks (on a virtual thread, never the caller's) up to
 * {@code offerTimeout}, then fails, so a full queue pushes back on clients with 503s.
 */
@Singleton
@Requires(property = "messaging.queue.backend", value = "memory")
public final class InMemoryMessageQueue implements MessageQueue, AutoCloseable {

    private final BlockingQueue<OutboundMessageEvent> buffer;
    private final Duration offerTimeout;
    private final ExecutorService waitingPublishers = Executors.newVirtualThreadPerTaskExecutor();

    public InMemoryMessageQueue(@Value("${messaging.queue.memory.capacity:10000}") int capacity,
            @Value("${messaging.queue.memory.offer-timeout:1s}") Duration offerTimeout) {
        if (capacity < 1) {
            throw new IllegalArgumentException("messaging.queue.memory.capacity must be at least 1, got " + capacity);
        }
        this.buffer = new ArrayBlockingQueue<>(capacity);
        this.offerTimeout = offerTimeout;
    }

    @Override
    public CompletionStage<Void> publish(OutboundMessageEvent event) {
        if (buffer.offer(event)) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            return CompletableFuture.runAsync(() -> offerOrFail(event), waitingPublishers);
        } catch (RejectedExecutionException closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("the in-memory queue is closed"));
        }
    }

    private void offerOrFail(OutboundMessageEvent event) {
        try {
            if (!buffer.offer(event, offerTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("the in-memory queue stayed full for " + offerTimeout.toMillis() + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for room in the in-memory queue", e);
        }
    }

    /** Waits up to {@code wait} for a first event, then takes whatever else is there, {@code max} in all. */
    public List<OutboundMessageEvent> take(int max, Duration wait) throws InterruptedException {
        OutboundMessageEvent first = buffer.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
        if (first == null) {
            return List.of();
        }
        List<OutboundMessageEvent> batch = new ArrayList<>(Math.min(max, buffer.size() + 1));
        batch.add(first);
        buffer.drainTo(batch, max - 1);
        return batch;
    }

    @Override
    public OptionalLong backlog() {
        return OptionalLong.of(buffer.size());
    }

    @Override
    @PreDestroy
    public void close() {
        waitingPublishers.shutdownNow();
    }
}
