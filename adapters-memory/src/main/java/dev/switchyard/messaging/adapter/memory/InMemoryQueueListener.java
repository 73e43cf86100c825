package dev.switchyard.messaging.adapter.memory;

import dev.switchyard.messaging.application.port.in.ProcessQueuedMessagesCommand;
import dev.switchyard.messaging.application.port.in.ProcessQueuedMessagesUseCase;
import dev.switchyard.messaging.domain.OutboundMessageEvent;
import dev.switchyard.messaging.domain.QueuedMessage;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker for {@code QUEUE_BACKEND=memory}: {@code WORKER_CONCURRENCY} threads take batches from
 * the {@link InMemoryMessageQueue} and hand them to the worker's use case. A batch whose store is
 * unreachable is offered again with a growing pause (up to 5 s) until it goes through or the
 * process stops; on stop each thread finishes its batch, and what is left in the buffer is lost
 * (logged), as the memory backend documents.
 */
@Context
@Requires(property = "messaging.queue.backend", value = "memory")
@Requires(property = "messaging.worker.enabled", value = "true", defaultValue = "true")
public final class InMemoryQueueListener {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryQueueListener.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(5);

    private final InMemoryMessageQueue queue;
    private final ProcessQueuedMessagesUseCase worker;
    private final int concurrency;
    private final int batchSize;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    public InMemoryQueueListener(InMemoryMessageQueue queue, ProcessQueuedMessagesUseCase worker,
            @Value("${messaging.worker.concurrency:4}") int concurrency,
            @Value("${messaging.worker.batch-size:500}") int batchSize) {
        this.queue = queue;
        this.worker = worker;
        this.concurrency = concurrency;
        this.batchSize = batchSize;
    }

    @PostConstruct
    public synchronized void start() {
        running = true;
        for (int i = 0; i < concurrency; i++) {
            Thread thread = Thread.ofPlatform().daemon().name("messaging-memory-worker-" + i).start(this::run);
            threads.add(thread);
        }
        LOG.info("in-memory queue worker started with {} threads", concurrency);
    }

    private void run() {
        while (running) {
            try {
                List<OutboundMessageEvent> events = queue.take(batchSize, POLL);
                if (!events.isEmpty()) {
                    processUntilDone(ProcessQueuedMessagesCommand.of(events.stream().map(QueuedMessage::firstDelivery).toList()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void processUntilDone(ProcessQueuedMessagesCommand batch) {
        Duration pause = Duration.ofMillis(100);
        while (true) {
            try {
                worker.process(batch);
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    LOG.error("stopping with a batch of {} messages not stored: {}", batch.messages().size(), e.getMessage());
                    return;
                }
                LOG.warn("batch of {} messages not processed, trying again in {} ms: {}",
                        batch.messages().size(), pause.toMillis(), e.getMessage());
                LockSupport.parkNanos(pause.toNanos());
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    @PreDestroy
    public synchronized void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
        long left = queue.backlog().orElse(0);
        if (left > 0) {
            LOG.warn("in-memory queue stopped with {} accepted messages not persisted (QUEUE_BACKEND=memory is not durable)", left);
        }
    }
}
