package dev.switchyard.gateway.testkit;

import dev.switchyard.gateway.application.port.out.RefreshLock;
import dev.switchyard.gateway.domain.AccountId;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a {@link RefreshLock} to make it unreachable on demand (the lock store is away) and count acquisitions. */
public final class ScriptedRefreshLock implements RefreshLock {

    private final RefreshLock delegate;
    private final AtomicInteger acquired = new AtomicInteger();
    private volatile boolean unreachable;

    public ScriptedRefreshLock(RefreshLock delegate) {
        this.delegate = delegate;
    }

    public ScriptedRefreshLock unreachable(boolean away) {
        this.unreachable = away;
        return this;
    }

    public int acquisitions() {
        return acquired.get();
    }

    @Override
    public LockAttempt tryAcquire(AccountId account) {
        if (unreachable) {
            return new LockAttempt.Unreachable("scripted: lock store away");
        }
        LockAttempt attempt = delegate.tryAcquire(account);
        if (attempt instanceof LockAttempt.Acquired) {
            acquired.incrementAndGet();
        }
        return attempt;
    }

    @Override
    public void release(LockAttempt.Acquired lease) {
        if (!unreachable) {
            delegate.release(lease);
        }
    }
}
