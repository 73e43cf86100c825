package dev.switchyard.gateway.application.port.in;

import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.KiroCredentials;
import java.util.Objects;
import java.util.Optional;

/**
 * @param id   the pool uuid to use; a new random UUID when empty
 * @param name the operator's label ({@code customName}); the id when empty
 */
public record ImportAccountCommand(Optional<AccountId> id, Optional<String> name, KiroCredentials credentials) {

    public static final int MAX_NAME_LENGTH = 200;

    public ImportAccountCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(credentials, "credentials");
        if (name.filter(text -> text.length() > MAX_NAME_LENGTH).isPresent()) {
            throw new IllegalArgumentException("name is longer than " + MAX_NAME_LENGTH + " characters");
        }
    }
}
