package dev.switchyard.messaging.application.service;

import dev.switchyard.messaging.application.port.in.DeadLetterPageView;
import dev.switchyard.messaging.application.port.in.ListDeadLettersQuery;
import dev.switchyard.messaging.application.port.in.ListDeadLettersUseCase;
import dev.switchyard.messaging.application.port.out.DeadLetterStore;
import dev.switchyard.messaging.domain.StoredDeadLetter;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/** Pages through the dead letters by id (keyset), so a page never shifts while letters are added. */
public final class ListDeadLettersService implements ListDeadLettersUseCase {

    private final DeadLetterStore deadLetters;

    public ListDeadLettersService(DeadLetterStore deadLetters) {
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
    }

    @Override
    public DeadLetterPageView list(ListDeadLettersQuery query) {
        List<StoredDeadLetter> page = deadLetters.list(query.after(), query.limit() + 1);
        if (page.size() <= query.limit()) {
            return new DeadLetterPageView(page, OptionalLong.empty());
        }
        List<StoredDeadLetter> shown = page.subList(0, query.limit());
        return new DeadLetterPageView(shown, OptionalLong.of(shown.getLast().id().value()));
    }
}
