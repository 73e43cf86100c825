package dev.switchyard.messaging.application.service;

import dev.switchyard.messaging.application.port.in.PruneDeadLettersResult;
import dev.switchyard.messaging.application.port.in.PruneDeadLettersUseCase;
import dev.switchyard.messaging.application.port.out.DeadLetterStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes the dead letters older than the retention ({@code DLQ_RETENTION}). */
public final class PruneDeadLettersService implements PruneDeadLettersUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(PruneDeadLettersService.class);

    private final DeadLetterStore deadLetters;
    private final Duration retention;
    private final Clock clock;

    public PruneDeadLettersService(DeadLetterStore deadLetters, Duration retention, Clock clock) {
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive, got " + retention);
        }
    }

    @Override
    public PruneDeadLettersResult prune() {
        Instant cutoff = clock.instant().minus(retention);
        int pruned = deadLetters.deleteOlderThan(cutoff);
        if (pruned > 0) {
            LOG.atInfo().addKeyValue("pruned", pruned).log("dead letters older than {} pruned", cutoff);
        }
        return new PruneDeadLettersResult(pruned, cutoff);
    }
}
