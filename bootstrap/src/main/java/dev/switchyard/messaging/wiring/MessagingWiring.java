package dev.switchyard.messaging.wiring;

import dev.switchyard.messaging.application.port.in.DeliverDueRetriesUseCase;
import dev.switchyard.messaging.application.port.in.EnqueueMessageUseCase;
import dev.switchyard.messaging.application.port.in.InspectDeadLetterUseCase;
import dev.switchyard.messaging.application.port.in.ListDeadLettersUseCase;
import dev.switchyard.messaging.application.port.in.ProcessQueuedMessagesUseCase;
import dev.switchyard.messaging.application.port.in.PruneDeadLettersUseCase;
import dev.switchyard.messaging.application.port.in.PurgeDeadLettersUseCase;
import dev.switchyard.messaging.application.port.in.ReadQueueStatsUseCase;
import dev.switchyard.messaging.application.port.in.RedriveDeadLetterUseCase;
import dev.switchyard.messaging.application.port.out.DeadLetterStore;
import dev.switchyard.messaging.application.port.out.IdempotencyStore;
import dev.switchyard.messaging.application.port.out.MessageQueue;
import dev.switchyard.messaging.application.port.out.MessageStore;
import dev.switchyard.messaging.application.port.out.MessagingMetrics;
import dev.switchyard.messaging.application.port.out.RetrySchedule;
import dev.switchyard.messaging.application.service.DeliverDueRetriesService;
import dev.switchyard.messaging.application.service.EnqueueMessageService;
import dev.switchyard.messaging.application.service.InspectDeadLetterService;
import dev.switchyard.messaging.application.service.ListDeadLettersService;
import dev.switchyard.messaging.application.service.ProcessQueuedMessagesService;
import dev.switchyard.messaging.application.service.PruneDeadLettersService;
import dev.switchyard.messaging.application.service.PurgeDeadLettersService;
import dev.switchyard.messaging.application.service.ReadQueueStatsService;
import dev.switchyard.messaging.application.service.RedriveDeadLetterService;
import dev.switchyard.messaging.domain.RetryPolicy;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The messaging use cases over whichever adapters {@code QUEUE_BACKEND} selected: {@code kafka}
 * (KafkaMessageQueue, RedisIdempotencyStore, OutboundMessageListener) or {@code memory}
 * (InMemoryMessageQueue, InMemoryIdempotencyStore, InMemoryQueueListener); the message store,
 * retry schedule and dead letters are PostgreSQL either way.
 */
@Factory
final class MessagingWiring {

    @Singleton
    EnqueueMessageUseCase enqueueMessage(MessageQueue queue, IdempotencyStore idempotency, MessagingMetrics metrics, Clock clock,
            MessagingEnqueueProperties enqueue) {
        return new EnqueueMessageService(queue, idempotency, metrics, clock, enqueue.timeout(), enqueue.idempotencyKeyTtl());
    }

    @Singleton
    ProcessQueuedMessagesUseCase processQueuedMessages(MessageStore store, RetrySchedule retries, DeadLetterStore deadLetters,
            MessagingMetrics metrics, MessagingRetryProperties retry, Clock clock) {
        RetryPolicy policy = new RetryPolicy(retry.maxAttempts(), retry.maxAge(), retry.initialDelay(), retry.maxDelay());
        // ThreadLocalRandom.current() is one shared instance that draws from the calling thread's own seed
        return new ProcessQueuedMessagesService(store, retries, deadLetters, metrics, policy, clock, ThreadLocalRandom.current());
    }

    @Singleton
    DeliverDueRetriesUseCase deliverDueRetries(RetrySchedule retries, ProcessQueuedMessagesUseCase worker, Clock clock,
            MessagingRetryProperties retry) {
        return new DeliverDueRetriesService(retries, worker, clock, retry.batchSize(), retry.lease());
    }

    @Singleton
    ListDeadLettersUseCase listDeadLetters(DeadLetterStore deadLetters) {
        return new ListDeadLettersService(deadLetters);
    }

    @Singleton
    InspectDeadLetterUseCase inspectDeadLetter(DeadLetterStore deadLetters) {
        return new InspectDeadLetterService(deadLetters);
    }

    @Singleton
    RedriveDeadLetterUseCase redriveDeadLetter(DeadLetterStore deadLetters, MessageQueue queue, MessagingEnqueueProperties enqueue) {
        return new RedriveDeadLetterService(deadLetters, queue, enqueue.timeout());
    }

    @Singleton
    PurgeDeadLettersUseCase purgeDeadLetters(DeadLetterStore deadLetters) {
        return new PurgeDeadLettersService(deadLetters);
    }

    @Singleton
    PruneDeadLettersUseCase pruneDeadLetters(DeadLetterStore deadLetters, MessagingDeadLetterProperties properties, Clock clock) {
        return new PruneDeadLettersService(deadLetters, properties.retention(), clock);
    }

    @Singleton
    ReadQueueStatsUseCase readQueueStats(MessageQueue queue, RetrySchedule retries, DeadLetterStore deadLetters,
            MessagingMetrics metrics) {
        return new ReadQueueStatsService(queue, retries, deadLetters, metrics);
    }
}
