package dev.switchyard.gateway.application.port.out;

import dev.switchyard.gateway.domain.AccountId;
import java.util.Objects;

/**
 * One token refresh per account at a time across every replica and the Node.js service
 * ({@code token-lock:claude-kiro-oauth:{uuid}}, {@code SET NX EX}). A lock expires by itself, so a
 * holder that dies does not block the account for long.
 */
public interface RefreshLock {

    LockAttempt tryAcquire(AccountId account);

    /** Releases the lock if this holder still has it (compare-and-delete); a no-op otherwise. */
    void release(LockAttempt.Acquired lease);

    sealed interface LockAttempt {

        /** {@code token} tells this holder's lock from a later one's. */
        record Acquired(AccountId account, String token) implements LockAttempt {
            public Acquired {
                Objects.requireNonNull(account, "account");
                Objects.requireNonNull(token, "token");
            }
        }

        record Busy() implements LockAttempt {
        }

        record Unreachable(String reason) implements LockAttempt {
        }
    }
}
