package dev.switchyard.gateway.application.port.in;

import java.util.Objects;
import java.util.Optional;

/** @param presentedKey the key from {@code x-api-key} or {@code Authorization: Bearer}, if any */
public record AuthenticateClientCommand(Optional<String> presentedKey) {

    public AuthenticateClientCommand {
        Objects.requireNonNull(presentedKey, "presentedKey");
    }

    @Override
    public String toString() {
        return "AuthenticateClientCommand[presentedKey=" + (presentedKey.isPresent() ? "<redacted>" : "none") + "]";
    }
}
