package dev.switchyard.gateway.adapter.memory;

import dev.switchyard.gateway.application.port.out.RefreshLock;
import dev.switchyard.gateway.testkit.RefreshLockContract;
import dev.switchyard.testkit.time.ManualClock;
import java.time.Duration;

class InMemoryRefreshLockTest extends RefreshLockContract {

    private static final Duration TTL = Duration.ofSeconds(30);
    private final ManualClock clock = ManualClock.at("2026-11-24T12:00:00Z");

    @Override
    protected RefreshLock lock() {
        return new InMemoryRefreshLock(TTL, clock);
    }

    @Override
    protected RefreshLock anotherReplica(RefreshLock lock) {
        return lock;
    }

    @Override
    protected void letLocksExpire() {
        clock.advance(TTL);
    }
}
