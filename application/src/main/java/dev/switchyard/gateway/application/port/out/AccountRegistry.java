package dev.switchyard.gateway.application.port.out;

import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.HealthChange;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.PooledAccount;
import java.util.List;
import java.util.Optional;

/**
 * The same pool as {@link AccountPool}, seen by operators and by token refresh: every account with
 * its health, changes that are not call outcomes (disable, enable, refreshed, needs a new login),
 * and new accounts. Reads may be a few seconds old; changes are visible here at once.
 */
public interface AccountRegistry {

    /** Every account of the pool, whatever its health. */
    List<PooledAccount> accounts();

    Optional<PooledAccount> find(AccountId account);

    /** Records {@code change}; returns the account as it is now, empty when there is no such account. */
    Optional<PooledAccount> change(AccountId account, HealthChange change);

    /** Adds an account with its credentials, healthy; refuses a refresh token the pool already has. */
    Registration register(Account account, KiroCredentials credentials);

    sealed interface Registration {

        record Registered(PooledAccount account) implements Registration {
        }

        /** The account id, or the refresh token (under {@code existing}), is already in the pool. */
        record Duplicate(AccountId existing) implements Registration {
        }

        /** The shared store could not be reached; nothing was written. {@code reason} is safe to show. */
        record Unreachable(String reason) implements Registration {
        }
    }
}
