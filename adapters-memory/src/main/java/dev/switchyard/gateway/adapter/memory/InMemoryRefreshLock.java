package dev.switchyard.gateway.adapter.memory;

import dev.switchyard.gateway.application.port.out.RefreshLock;
import dev.switchyard.gateway.domain.AccountId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/** Refresh locks of this process, expiring after {@code ttl} like the Redis ones; the twin of {@code RedisRefreshLock}. */
public final class InMemoryRefreshLock implements RefreshLock {

    private record Holder(String token, Instant expiresAt) {
    }

    private final Map<AccountId, Holder> holders = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;

    public InMemoryRefreshLock(Duration ttl, Clock clock) {
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public LockAttempt tryAcquire(AccountId account) {
        String token = UUID.randomUUID().toString();
        AtomicReference<LockAttempt> attempt = new AtomicReference<>();
        holders.compute(account, (id, holder) -> {
            Instant now = clock.instant();
            if (holder != null && holder.expiresAt().isAfter(now)) {
                attempt.set(new LockAttempt.Busy());
                return holder;
            }
            attempt.set(new LockAttempt.Acquired(account, token));
            return new Holder(token, now.plus(ttl));
        });
        return attempt.get();
    }

    @Override
    public void release(LockAttempt.Acquired lease) {
        holders.computeIfPresent(lease.account(), (id, holder) -> holder.token().equals(lease.token()) ? null : holder);
    }
}
