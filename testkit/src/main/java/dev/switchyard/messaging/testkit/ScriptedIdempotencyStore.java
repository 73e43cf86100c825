package dev.switchyard.messaging.testkit;

import dev.switchyard.messaging.application.port.out.IdempotencyClaim;
import dev.switchyard.messaging.application.port.out.IdempotencyStore;
import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.domain.RequestFingerprint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/** An {@link IdempotencyStore} on a map and a clock, that a test can take down. */
public final class ScriptedIdempotencyStore implements IdempotencyStore {

    private record Entry(RequestFingerprint fingerprint, boolean accepted, Instant expiresAt) {
    }

    private final Map<IdempotencyKey, Entry> entries = new HashMap<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private final Clock clock;

    public ScriptedIdempotencyStore(Clock clock) {
        this.clock = clock;
    }

    public ScriptedIdempotencyStore down() {
        down.set(true);
        return this;
    }

    @Override
    public synchronized CompletionStage<IdempotencyClaim> claim(IdempotencyKey key, RequestFingerprint fingerprint, Duration pendingTtl) {
        if (down.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("idempotency store down (scripted)"));
        }
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry == null || !entry.expiresAt().isAfter(now)) {
            entries.put(key, new Entry(fingerprint, false, now.plus(pendingTtl)));
            return CompletableFuture.completedFuture(IdempotencyClaim.CLAIMED);
        }
        if (!entry.fingerprint().equals(fingerprint)) {
            return CompletableFuture.completedFuture(IdempotencyClaim.MISMATCH);
        }
        return CompletableFuture.completedFuture(entry.accepted() ? IdempotencyClaim.ALREADY_ACCEPTED : IdempotencyClaim.IN_PROGRESS);
    }

    @Override
    public synchronized CompletionStage<Void> confirm(IdempotencyKey key, RequestFingerprint fingerprint, Duration acceptedTtl) {
        Entry entry = entries.get(key);
        if (entry != null && entry.fingerprint().equals(fingerprint)) {
            entries.put(key, new Entry(fingerprint, true, clock.instant().plus(acceptedTtl)));
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletionStage<Void> release(IdempotencyKey key, RequestFingerprint fingerprint) {
        Entry entry = entries.get(key);
        if (entry != null && entry.fingerprint().equals(fingerprint) && !entry.accepted()) {
            entries.remove(key);
        }
        return CompletableFuture.completedFuture(null);
    }
}
