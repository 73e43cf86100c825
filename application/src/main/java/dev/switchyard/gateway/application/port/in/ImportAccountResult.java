package dev.switchyard.gateway.application.port.in;

import dev.switchyard.gateway.domain.AccountId;

public sealed interface ImportAccountResult {

    record Imported(AccountView account) implements ImportAccountResult {
    }

    /** The id, or the refresh token, already belongs to {@code existing}. */
    record Duplicate(AccountId existing) implements ImportAccountResult {
    }

    /** The shared store is unreachable; nothing was imported. */
    record Unavailable(String reason) implements ImportAccountResult {
    }
}
