package dev.switchyard.messaging.application.port.in;

import dev.switchyard.messaging.domain.DeadLetterId;
import java.util.Objects;

public record InspectDeadLetterQuery(DeadLetterId id) {

    public InspectDeadLetterQuery {
        Objects.requireNonNull(id, "id");
    }
}
