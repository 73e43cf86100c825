package dev.switchyard.messaging.application.service;

import dev.switchyard.messaging.application.port.in.PurgeDeadLettersCommand;
import dev.switchyard.messaging.application.port.in.PurgeDeadLettersResult;
import dev.switchyard.messaging.application.port.in.PurgeDeadLettersUseCase;
import dev.switchyard.messaging.application.port.out.DeadLetterStore;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class PurgeDeadLettersService implements PurgeDeadLettersUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(PurgeDeadLettersService.class);

    private final DeadLetterStore deadLetters;

    public PurgeDeadLettersService(DeadLetterStore deadLetters) {
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
    }

    @Override
    public PurgeDeadLettersResult purge(PurgeDeadLettersCommand command) {
        int purged = switch (command) {
            case PurgeDeadLettersCommand.One one -> deadLetters.delete(one.id()) ? 1 : 0;
            case PurgeDeadLettersCommand.OlderThan olderThan -> deadLetters.deleteOlderThan(olderThan.cutoff());
        };
        LOG.atInfo().addKeyValue("purged", purged).log("dead letters purged by an operator");
        return new PurgeDeadLettersResult(purged);
    }
}
