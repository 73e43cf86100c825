package dev.switchyard.messaging.application.port.in;

/**
 * How a batch ended. Every message of the batch is in exactly one count; when the store cannot be
 * reached at all the use case throws instead, and the caller delivers the batch again later.
 */
public record ProcessQueuedMessagesResult(int stored, int duplicates, int retriesScheduled, int deadLettered) {

    public int total() {
        return stored + duplicates + retriesScheduled + deadLettered;
    }
}
