package dev.switchyard.messaging.application.port.in;

/** Applies the dead-letter retention ({@code DLQ_RETENTION}): deletes what is older. */
public interface PruneDeadLettersUseCase {

    PruneDeadLettersResult prune();
}
