package dev.switchyard.messaging.application.port.in;

import dev.switchyard.messaging.domain.DeadLetterId;
import java.util.Objects;

public record RedriveDeadLetterCommand(DeadLetterId id) {

    public RedriveDeadLetterCommand {
        Objects.requireNonNull(id, "id");
    }
}
