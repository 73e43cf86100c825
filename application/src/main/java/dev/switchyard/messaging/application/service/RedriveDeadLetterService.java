package dev.switchyard.messaging.application.service;

import dev.switchyard.messaging.application.port.in.RedriveDeadLetterCommand;
import dev.switchyard.messaging.application.port.in.RedriveDeadLetterResult;
import dev.switchyard.messaging.application.port.in.RedriveDeadLetterUseCase;
import dev.switchyard.messaging.application.port.out.DeadLetterStore;
import dev.switchyard.messaging.application.port.out.MessageQueue;
import dev.switchyard.messaging.domain.DeadLetter;
import dev.switchyard.messaging.domain.StoredDeadLetter;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a dead letter's event back on the queue as a fresh delivery (attempt 1, a new retry window)
 * and only then deletes it, so a failed redrive loses nothing. A crash between the two leaves the
 * letter in place while the worker stores the message; redriving it again is harmless.
 */
public final class RedriveDeadLetterService implements RedriveDeadLetterUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(RedriveDeadLetterService.class);

    private final DeadLetterStore deadLetters;
    private final MessageQueue queue;
    private final Duration timeout;

    public RedriveDeadLetterService(DeadLetterStore deadLetters, MessageQueue queue, Duration timeout) {
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public RedriveDeadLetterResult redrive(RedriveDeadLetterCommand command) {
        Optional<StoredDeadLetter> found = deadLetters.find(command.id());
        if (found.isEmpty()) {
            return new RedriveDeadLetterResult.NotFound();
        }
        return switch (found.get().letter().content()) {
            case DeadLetter.Undecodable undecodable ->
                    new RedriveDeadLetterResult.NotRedrivable("an undecodable record has no message to send again");
            case DeadLetter.Message message -> {
                try {
                    queue.publish(message.event()).toCompletableFuture().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
                } catch (ExecutionException | TimeoutException | RuntimeException e) {
                    yield new RedriveDeadLetterResult.QueueUnavailable(e.getClass().getSimpleName());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    yield new RedriveDeadLetterResult.QueueUnavailable("interrupted");
                }
                deadLetters.delete(command.id());
                LOG.atInfo().addKeyValue("idempotencyKey", message.event().idempotencyKey().value())
                        .addKeyValue("deadLetterId", command.id().value()).addKeyValue("outcome", "redriven")
                        .log("dead letter redriven");
                yield new RedriveDeadLetterResult.Redriven(message.event().idempotencyKey());
            }
        };
    }
}
