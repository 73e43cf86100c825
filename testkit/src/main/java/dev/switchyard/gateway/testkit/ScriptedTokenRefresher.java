package dev.switchyard.gateway.testkit;

import dev.switchyard.gateway.application.port.out.TokenRefresher;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.RefreshOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link TokenRefresher} for use-case tests: by default every refresh succeeds with new tokens
 * ({@code access-1}, {@code refresh-1}, …); it can be told to reject, to fail, or to hold each
 * call until {@link #release()}, and it remembers what it was asked.
 */
public final class ScriptedTokenRefresher implements TokenRefresher {

    private final AtomicInteger count = new AtomicInteger();
    private final List<KiroCredentials> asked = new CopyOnWriteArrayList<>();
    private final AtomicReference<Optional<RefreshOutcome>> scripted = new AtomicReference<>(Optional.empty());
    private volatile CountDownLatch gate = new CountDownLatch(0);

    public ScriptedTokenRefresher answering(RefreshOutcome outcome) {
        scripted.set(Optional.of(outcome));
        return this;
    }

    public ScriptedTokenRefresher issuingNewTokens() {
        scripted.set(Optional.empty());
        return this;
    }

    /** Calls block until {@link #release()} (at most 30 s). */
    public ScriptedTokenRefresher holding() {
        gate = new CountDownLatch(1);
        return this;
    }

    public void release() {
        gate.countDown();
    }

    public int calls() {
        return count.get();
    }

    public List<KiroCredentials> asked() {
        return List.copyOf(asked);
    }

    @Override
    public RefreshOutcome refresh(KiroCredentials credentials) {
        int n = count.incrementAndGet();
        asked.add(credentials);
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                return new RefreshOutcome.Failed("held for too long");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RefreshOutcome.Failed("interrupted");
        }
        return scripted.get().orElseGet(() -> new RefreshOutcome.Refreshed("access-" + n, Optional.of("refresh-" + n),
                Optional.of(Duration.ofHours(1)), Optional.empty()));
    }
}
