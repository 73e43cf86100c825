package dev.switchyard.gateway.application.port.out;

import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.UpstreamFailure;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The pool of Kiro accounts shared with the Node.js service. Selection is round robin over the
 * accounts healthy now (cooldowns that ended re-admit an account); outcomes feed the health state.
 */
public interface AccountPool {

    /** The next account to call, skipping {@code alreadyTried}; empty when no other healthy account is left. */
    Optional<Account> next(Set<AccountId> alreadyTried);

    /** A call with the account succeeded. */
    void recordSuccess(AccountId account);

    /**
     * A call with the account failed. {@code retryAfter} is the upstream's hint (a 429's
     * {@code Retry-After}) when it gave one; the pool's cooldown policy decides what it does with it.
     */
    void recordFailure(AccountId account, UpstreamFailure failure, Optional<Duration> retryAfter);
}
