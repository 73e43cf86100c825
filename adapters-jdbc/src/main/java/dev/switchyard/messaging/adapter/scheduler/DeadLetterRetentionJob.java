package dev.switchyard.messaging.adapter.scheduler;

import dev.switchyard.messaging.application.port.in.PruneDeadLettersUseCase;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies {@code DLQ_RETENTION} every {@code messaging.dead-letters.prune-interval} (default 1 h). */
// a bean of its own: @Scheduled alone does not make one, and a job is not a port's @Singleton
@Context
@Requires(beans = PruneDeadLettersUseCase.class)
public final class DeadLetterRetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterRetentionJob.class);

    private final PruneDeadLettersUseCase prune;

    DeadLetterRetentionJob(PruneDeadLettersUseCase prune) {
        this.prune = prune;
    }

    @Scheduled(fixedDelay = "${messaging.dead-letters.prune-interval:1h}", initialDelay = "${messaging.dead-letters.prune-initial-delay:1m}")
    void prune() {
        try {
            prune.prune();
        } catch (RuntimeException e) {
            LOG.warn("dead-letter retention pass failed, the next one tries again: {}", e.getMessage());
        }
    }
}
