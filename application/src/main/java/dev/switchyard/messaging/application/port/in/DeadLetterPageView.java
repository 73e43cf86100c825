package dev.switchyard.messaging.application.port.in;

import dev.switchyard.messaging.domain.StoredDeadLetter;
import java.util.List;
import java.util.OptionalLong;

/** One page of dead letters, oldest first, and the {@code after} of the next page if there may be one. */
public record DeadLetterPageView(List<StoredDeadLetter> letters, OptionalLong nextAfter) {

    public DeadLetterPageView {
        letters = List.copyOf(letters);
    }
}
