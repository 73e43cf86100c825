package dev.switchyard.gateway.application.port.in;

import dev.switchyard.gateway.domain.AccountId;

public sealed interface ImportAccountResult {

    /** @param replaced the account already existed and got new credentials (a new login) */
    record Imported(AccountView account, boolean replaced) implements ImportAccountResult {
    }

    /** The refresh token already belongs to account {@code existing}. */
    record Duplicate(AccountId existing) implements ImportAccountResult {
    }

    /** The shared store is unreachable; nothing was imported. */
    record Unavailable(String reason) implements ImportAccountResult {
    }
}
