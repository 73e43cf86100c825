package dev.switchyard.messaging.application.service;

import dev.switchyard.messaging.application.port.in.ProcessQueuedMessagesCommand;
import dev.switchyard.messaging.application.port.in.ProcessQueuedMessagesResult;
import dev.switchyard.messaging.application.port.in.ProcessQueuedMessagesUseCase;
import dev.switchyard.messaging.application.port.out.DeadLetterStore;
import dev.switchyard.messaging.application.port.out.MessageStore;
import dev.switchyard.messaging.application.port.out.MessagingMetrics;
import dev.switchyard.messaging.application.port.out.RetrySchedule;
import dev.switchyard.messaging.application.port.out.StoreOutcome;
import dev.switchyard.messaging.domain.DeadLetter;
import dev.switchyard.messaging.domain.FailureKind;
import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.domain.QueuedMessage;
import dev.switchyard.messaging.domain.RetryDecision;
import dev.switchyard.messaging.domain.RetryPolicy;
import dev.switchyard.messaging.domain.UndecodableMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persists a batch in one transaction. If the batch fails, each message is stored on its own so one
 * bad message cannot hold back the others: a transient failure is retried later through the
 * {@link RetrySchedule} (never by holding the queue), a permanent one or an exhausted retry becomes
 * a dead letter. When the store cannot be reached at all, it throws and the caller redelivers.
 * Logs carry the idempotency key, the attempt and the outcome, never a body.
 */
public final class ProcessQueuedMessagesService implements ProcessQueuedMessagesUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessQueuedMessagesService.class);

    private final MessageStore store;
    private final RetrySchedule retries;
    private final DeadLetterStore deadLetters;
    private final MessagingMetrics metrics;
    private final RetryPolicy policy;
    private final Clock clock;
    private final RandomGenerator jitter;

    public ProcessQueuedMessagesService(MessageStore store, RetrySchedule retries, DeadLetterStore deadLetters,
            MessagingMetrics metrics, RetryPolicy policy, Clock clock, RandomGenerator jitter) {
        this.store = Objects.requireNonNull(store, "store");
        this.retries = Objects.requireNonNull(retries, "retries");
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
    }

    @Override
    public ProcessQueuedMessagesResult process(ProcessQueuedMessagesCommand command) {
        metrics.dequeued(command.messages().size() + command.undecodable().size());
        Tally tally = new Tally();
        for (UndecodableMessage undecodable : command.undecodable()) {
            deadLetterUndecodable(undecodable);
            tally.deadLettered++;
        }
        List<QueuedMessage> batch = command.messages();
        if (batch.isEmpty()) {
            return tally.result();
        }
        switch (store.store(batch)) {
            case StoreOutcome.Stored stored -> count(batch, stored, tally);
            case StoreOutcome.Failed failed when failed.kind() == FailureKind.UNAVAILABLE -> throw unavailable(failed);
            case StoreOutcome.Failed failed when batch.size() == 1 -> handleFailure(batch.getFirst(), failed, tally);
            case StoreOutcome.Failed failed -> {
                LOG.atInfo().addKeyValue("batchSize", batch.size())
                        .log("batch failed ({}), storing its messages one by one", failed.reason());
                for (QueuedMessage message : batch) {
                    storeAlone(message, tally);
                }
            }
        }
        metrics.processed(tally.stored);
        metrics.duplicates(tally.duplicates);
        return tally.result();
    }

    private void storeAlone(QueuedMessage message, Tally tally) {
        switch (store.store(List.of(message))) {
            case StoreOutcome.Stored stored -> count(List.of(message), stored, tally);
            case StoreOutcome.Failed failed when failed.kind() == FailureKind.UNAVAILABLE -> throw unavailable(failed);
            case StoreOutcome.Failed failed -> handleFailure(message, failed, tally);
        }
    }

    private static void count(List<QueuedMessage> batch, StoreOutcome.Stored stored, Tally tally) {
        Set<IdempotencyKey> inserted = new HashSet<>(stored.inserted());
        for (QueuedMessage message : batch) {
            boolean isNew = inserted.remove(message.key());
            if (isNew) {
                tally.stored++;
            } else {
                tally.duplicates++;
            }
            if (LOG.isDebugEnabled()) {
                LOG.atDebug().addKeyValue("idempotencyKey", message.key().value()).addKeyValue("attempt", message.attempt())
                        .addKeyValue("outcome", isNew ? "stored" : "duplicate").log("message processed");
            }
        }
    }

    private void handleFailure(QueuedMessage message, StoreOutcome.Failed failed, Tally tally) {
        metrics.failed(failed.kind());
        Instant now = clock.instant();
        RetryDecision decision = policy.afterFailure(
                message.attempt(), failed.kind(), message.firstFailedAt().orElse(now), now, jitter.nextDouble());
        switch (decision) {
            case RetryDecision.RetryAt retry -> {
                retries.schedule(message.nextAttempt(now), retry.dueAt(), failed.reason());
                metrics.retryScheduled();
                tally.retriesScheduled++;
                LOG.atInfo().addKeyValue("idempotencyKey", message.key().value()).addKeyValue("attempt", message.attempt())
                        .addKeyValue("outcome", "retry_scheduled").addKeyValue("retryInMs", retry.delay().toMillis())
                        .log("message not stored, retry scheduled: {}", failed.reason());
            }
            case RetryDecision.GiveUp giveUp -> {
                deadLetters.add(new DeadLetter(new DeadLetter.Message(message.event()),
                        giveUp.reason() + ": " + failed.reason(), message.attempt(), now));
                metrics.deadLettered();
                tally.deadLettered++;
                LOG.atWarn().addKeyValue("idempotencyKey", message.key().value()).addKeyValue("attempt", message.attempt())
                        .addKeyValue("outcome", "dead_lettered").log("message dead-lettered: {}: {}", giveUp.reason(), failed.reason());
            }
        }
    }

    private void deadLetterUndecodable(UndecodableMessage undecodable) {
        deadLetters.add(new DeadLetter(new DeadLetter.Undecodable(undecodable.source(), undecodable.payload()),
                "undecodable: " + undecodable.reason(), 0, clock.instant()));
        metrics.failed(FailureKind.PERMANENT);
        metrics.deadLettered();
        LOG.atWarn().addKeyValue("source", undecodable.source()).addKeyValue("outcome", "dead_lettered")
                .log("undecodable queue record dead-lettered: {}", undecodable.reason());
    }

    private static IllegalStateException unavailable(StoreOutcome.Failed failed) {
        return new IllegalStateException("message store unavailable, the batch will be delivered again: " + failed.reason());
    }

    private static final class Tally {
        int stored;
        int duplicates;
        int retriesScheduled;
        int deadLettered;

        ProcessQueuedMessagesResult result() {
            return new ProcessQueuedMessagesResult(stored, duplicates, retriesScheduled, deadLettered);
        }
    }
}
