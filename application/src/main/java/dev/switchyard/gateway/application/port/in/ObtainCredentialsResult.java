package dev.switchyard.gateway.application.port.in;

import dev.switchyard.gateway.domain.KiroCredentials;
import java.util.Objects;

public sealed interface ObtainCredentialsResult {

    record Ready(KiroCredentials credentials) implements ObtainCredentialsResult {
        public Ready {
            Objects.requireNonNull(credentials, "credentials");
        }
    }

    /**
     * No usable token: none stored, or the refresh token was rejected (the account needs a new
     * login), or the refresh failed for now. {@code reason} is safe to log.
     */
    record Unavailable(String reason) implements ObtainCredentialsResult {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
