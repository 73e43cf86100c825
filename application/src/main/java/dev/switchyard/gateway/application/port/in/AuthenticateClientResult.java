package dev.switchyard.gateway.application.port.in;

import java.util.Objects;

public sealed interface AuthenticateClientResult {

    Accepted ACCEPTED = new Accepted();

    record Accepted() implements AuthenticateClientResult {
    }

    /** {@code reason} is safe to show the client; it never contains a key. */
    record Rejected(String reason) implements AuthenticateClientResult {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
