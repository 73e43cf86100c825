package dev.switchyard.messaging.application.port.in;

/**
 * The worker's step: persist a batch once (idempotent on the key), schedule a retry with backoff
 * for a message that failed transiently, dead-letter one that can never succeed. Throws when the
 * store is unreachable, so the caller does not acknowledge the batch and delivers it again.
 */
public interface ProcessQueuedMessagesUseCase {

    ProcessQueuedMessagesResult process(ProcessQueuedMessagesCommand command);
}
