package dev.switchyard.gateway.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.application.port.out.RefreshLock;
import dev.switchyard.gateway.application.port.out.RefreshLock.LockAttempt;
import dev.switchyard.gateway.domain.AccountId;
import org.junit.jupiter.api.Test;

/** What every {@link RefreshLock} does: run by the in-memory twin and by the Redis adapter on a real Redis. */
public abstract class RefreshLockContract {

    protected static final AccountId A = AccountId.of("a");
    protected static final AccountId B = AccountId.of("b");

    /** A lock, and a second handle on the same locks as another replica holds it (the same instance in memory). */
    protected abstract RefreshLock lock();

    protected abstract RefreshLock anotherReplica(RefreshLock lock);

    /** Lets every lock taken so far reach its time-to-live. */
    protected abstract void letLocksExpire();

    @Test
    void one_holder_per_account_at_a_time() {
        RefreshLock lock = lock();
        RefreshLock other = anotherReplica(lock);

        LockAttempt first = lock.tryAcquire(A);

        assertThat(first).isInstanceOf(LockAttempt.Acquired.class);
        assertThat(other.tryAcquire(A)).isInstanceOf(LockAttempt.Busy.class);
        assertThat(lock.tryAcquire(A)).isInstanceOf(LockAttempt.Busy.class);
        assertThat(other.tryAcquire(B)).isInstanceOf(LockAttempt.Acquired.class);
    }

    @Test
    void released_locks_can_be_taken_again() {
        RefreshLock lock = lock();
        LockAttempt.Acquired lease = (LockAttempt.Acquired) lock.tryAcquire(A);

        lock.release(lease);

        assertThat(anotherReplica(lock).tryAcquire(A)).isInstanceOf(LockAttempt.Acquired.class);
    }

    @Test
    void a_late_release_never_frees_the_next_holders_lock() {
        RefreshLock lock = lock();
        RefreshLock other = anotherReplica(lock);
        LockAttempt.Acquired stale = (LockAttempt.Acquired) lock.tryAcquire(A);
        letLocksExpire();
        LockAttempt.Acquired current = (LockAttempt.Acquired) other.tryAcquire(A);

        lock.release(stale);

        assertThat(current.token()).isNotEqualTo(stale.token());
        assertThat(lock.tryAcquire(A)).isInstanceOf(LockAttempt.Busy.class);
    }
}
