package dev.switchyard.gateway.application.port.out;

import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.KiroCredentials;
import java.util.Optional;

/** Where each account's tokens live ({@code tokens:claude-kiro-oauth:{uuid}}, shared with the Node.js service). */
public interface CredentialStore {

    /** The account's credentials as last read; may be a few seconds old (another replica may have refreshed since). */
    Optional<KiroCredentials> current(AccountId account);

    /** The credentials as the shared store holds them now; {@link #current} when the store cannot be reached. */
    Optional<KiroCredentials> latest(AccountId account);

    /**
     * Replaces {@code expected} by {@code updated} atomically: only if the stored refresh token is
     * still {@code expected}'s, so a rotated refresh token is never overwritten by an older one.
     */
    CredentialUpdate replace(AccountId account, KiroCredentials expected, KiroCredentials updated);

    sealed interface CredentialUpdate {

        record Stored() implements CredentialUpdate {
        }

        /** The store is unreachable: the new credentials are used here and written when it is back. */
        record Deferred() implements CredentialUpdate {
        }

        /** The stored refresh token is no longer {@code expected}'s: someone else refreshed first. */
        record Superseded(KiroCredentials current) implements CredentialUpdate {
        }

        /** No credentials are stored for the account (any more). */
        record Missing() implements CredentialUpdate {
        }
    }
}
