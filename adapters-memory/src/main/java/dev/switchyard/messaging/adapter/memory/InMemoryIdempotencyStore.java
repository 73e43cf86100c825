package dev.switchyard.messaging.adapter.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.switchyard.messaging.application.port.out.IdempotencyClaim;
import dev.switchyard.messaging.application.port.out.IdempotencyStore;
import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.domain.RequestFingerprint;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The idempotency store of {@code QUEUE_BACKEND=memory} (single instance): a bounded Caffeine cache
 * whose entries expire at their own deadline (pending claims soon, accepted keys after a day).
 * Every operation is one atomic {@code compute} on the key.
 */
@Singleton
@Requires(property = "messaging.queue.backend", value = "memory")
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private record Entry(RequestFingerprint fingerprint, boolean accepted, long expiresAtNanos) {
    }

    private final Cache<IdempotencyKey, Entry> entries;

    public InMemoryIdempotencyStore(@Value("${messaging.idempotency.memory.maximum-keys:1000000}") long maximumKeys) {
        this.entries = Caffeine.newBuilder()
                .maximumSize(maximumKeys)
                .expireAfter(Expiry.<IdempotencyKey, Entry>writing((key, entry) ->
                        Duration.ofNanos(Math.max(0, entry.expiresAtNanos() - System.nanoTime()))))
                .build();
    }

    @Override
    public CompletionStage<IdempotencyClaim> claim(IdempotencyKey key, RequestFingerprint fingerprint, Duration pendingTtl) {
        Entry mine = new Entry(fingerprint, false, deadline(pendingTtl));
        Entry current = entries.asMap().compute(key, (ignored, existing) -> existing == null ? mine : existing);
        IdempotencyClaim claim;
        if (current == mine) {
            claim = IdempotencyClaim.CLAIMED;
        } else if (!current.fingerprint().equals(fingerprint)) {
            claim = IdempotencyClaim.MISMATCH;
        } else {
            claim = current.accepted() ? IdempotencyClaim.ALREADY_ACCEPTED : IdempotencyClaim.IN_PROGRESS;
        }
        return CompletableFuture.completedFuture(claim);
    }

    @Override
    public CompletionStage<Void> confirm(IdempotencyKey key, RequestFingerprint fingerprint, Duration acceptedTtl) {
        entries.asMap().computeIfPresent(key, (ignored, existing) -> existing.fingerprint().equals(fingerprint)
                ? new Entry(fingerprint, true, deadline(acceptedTtl))
                : existing);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> release(IdempotencyKey key, RequestFingerprint fingerprint) {
        entries.asMap().computeIfPresent(key, (ignored, existing) ->
                existing.fingerprint().equals(fingerprint) && !existing.accepted() ? null : existing);
        return CompletableFuture.completedFuture(null);
    }

    private static long deadline(Duration ttl) {
        return System.nanoTime() + ttl.toNanos();
    }
}
