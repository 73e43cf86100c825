package dev.switchyard.messaging.application.port.in;

import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.domain.OutboundMessage;
import java.util.Objects;
import java.util.Optional;

/** A validated message to accept, with the client's {@code Idempotency-Key} if it sent one. */
public record EnqueueMessageCommand(OutboundMessage message, Optional<IdempotencyKey> clientKey) {

    public EnqueueMessageCommand {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(clientKey, "clientKey");
    }
}
