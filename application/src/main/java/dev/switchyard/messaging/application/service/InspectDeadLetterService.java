package dev.switchyard.messaging.application.service;

import dev.switchyard.messaging.application.port.in.InspectDeadLetterQuery;
import dev.switchyard.messaging.application.port.in.InspectDeadLetterUseCase;
import dev.switchyard.messaging.application.port.out.DeadLetterStore;
import dev.switchyard.messaging.domain.StoredDeadLetter;
import java.util.Objects;
import java.util.Optional;

public final class InspectDeadLetterService implements InspectDeadLetterUseCase {

    private final DeadLetterStore deadLetters;

    public InspectDeadLetterService(DeadLetterStore deadLetters) {
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
    }

    @Override
    public Optional<StoredDeadLetter> inspect(InspectDeadLetterQuery query) {
        return deadLetters.find(query.id());
    }
}
