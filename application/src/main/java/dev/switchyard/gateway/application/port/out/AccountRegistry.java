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

    /**
     * Adds an account with its credentials, healthy. For an account already in the pool this is a
     * new login: its credentials are replaced and it counts as {@link HealthChange.Refreshed}.
     * Refuses a refresh token that another account already has.
     */
    Registration register(Account account, KiroCredentials credentials);

    sealed interface Registration {

        /** @param replaced the account existed: its credentials were replaced */
        record Registered(PooledAccount account, boolean replaced) implements Registration {
        }

        /** The refresh token already belongs to account {@code existing}. */
        record Duplicate(AccountId existing) implements Registration {
        }

        /** The shared store could not be reached; nothing was written. {@code reason} is safe to show. */
        record Unreachable(String reason) implements Registration {
        }
    }
}
