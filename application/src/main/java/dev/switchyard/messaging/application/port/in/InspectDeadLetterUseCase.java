package dev.switchyard.messaging.application.port.in;

import dev.switchyard.messaging.domain.StoredDeadLetter;
import java.util.Optional;

public interface InspectDeadLetterUseCase {

    Optional<StoredDeadLetter> inspect(InspectDeadLetterQuery query);
}
