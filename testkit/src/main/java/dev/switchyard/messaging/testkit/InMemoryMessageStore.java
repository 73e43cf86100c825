package dev.switchyard.messaging.testkit;

import dev.switchyard.messaging.application.port.out.MessageStore;
import dev.switchyard.messaging.application.port.out.StoreOutcome;
import dev.switchyard.messaging.domain.Channel;
import dev.switchyard.messaging.domain.FailureKind;
import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.domain.QueuedMessage;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link MessageStore} in memory, all-or-nothing per batch like the real one, with failures a test
 * can inject: for one key a number of times, or for everything (the database going away).
 */
public final class InMemoryMessageStore implements MessageStore {

    /** One conversation's counters. */
    public record Conversation(long messageCount, Instant lastMessageAt) {
    }

    private record ConversationKey(String customerId, Channel channel, String participant) {
    }

    private record InjectedFailure(FailureKind kind, int remaining) {
    }

    private final Map<IdempotencyKey, QueuedMessage> messages = new LinkedHashMap<>();
    private final Map<ConversationKey, Conversation> conversations = new HashMap<>();
    private final Map<IdempotencyKey, InjectedFailure> failures = new HashMap<>();
    private final Map<IdempotencyKey, Integer> attemptsSeen = new HashMap<>();
    private final AtomicReference<FailureKind> failEverything = new AtomicReference<>();

    /**
     * The next {@code times} attempts to store {@code key} fail with {@code kind}. A batch that
     * contains it fails as well, but only storing it on its own counts as an attempt: the worker
     * stores each message of a failed batch alone, so this counts deliveries of the message.
     */
    public synchronized InMemoryMessageStore failFor(IdempotencyKey key, FailureKind kind, int times) {
        failures.put(key, new InjectedFailure(kind, times));
        return this;
    }

    /** Every batch fails with {@code kind} until {@link #recover()}. */
    public InMemoryMessageStore failEverything(FailureKind kind) {
        failEverything.set(kind);
        return this;
    }

    public InMemoryMessageStore recover() {
        failEverything.set(null);
        return this;
    }

    @Override
    public synchronized StoreOutcome store(List<QueuedMessage> batch) {
        FailureKind everything = failEverything.get();
        if (everything != null) {
            return new StoreOutcome.Failed(everything, "injected: store " + everything.name().toLowerCase());
        }
        for (QueuedMessage message : batch) {
            attemptsSeen.merge(message.key(), 1, Integer::sum);
        }
        for (QueuedMessage message : batch) {
            InjectedFailure failure = failures.get(message.key());
            if (failure != null && failure.remaining() > 0) {
                if (batch.size() == 1) {
                    failures.put(message.key(), new InjectedFailure(failure.kind(), failure.remaining() - 1));
                }
                return new StoreOutcome.Failed(failure.kind(), "injected failure for " + message.key());
            }
        }
        Set<IdempotencyKey> inserted = new HashSet<>();
        for (QueuedMessage message : batch) {
            if (messages.putIfAbsent(message.key(), message) == null) {
                inserted.add(message.key());
                var event = message.event();
                conversations.merge(
                        new ConversationKey(event.message().customerId().value(), event.message().channel(),
                                event.message().recipient()),
                        new Conversation(1, event.acceptedAt()),
                        (old, added) -> new Conversation(old.messageCount() + 1,
                                old.lastMessageAt().isAfter(added.lastMessageAt()) ? old.lastMessageAt() : added.lastMessageAt()));
            }
        }
        return new StoreOutcome.Stored(inserted);
    }

    public synchronized int messageCount() {
        return messages.size();
    }

    public synchronized Optional<QueuedMessage> message(IdempotencyKey key) {
        return Optional.ofNullable(messages.get(key));
    }

    public synchronized Optional<Conversation> conversation(String customerId, Channel channel, String participant) {
        return Optional.ofNullable(conversations.get(new ConversationKey(customerId, channel, participant)));
    }

    /** How many batches containing {@code key} reached the store (failed ones included). */
    public synchronized int attemptsSeen(IdempotencyKey key) {
        return attemptsSeen.getOrDefault(key, 0);
    }
}
