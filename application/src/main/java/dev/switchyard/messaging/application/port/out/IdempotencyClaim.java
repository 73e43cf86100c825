package dev.switchyard.messaging.application.port.out;

/** What {@link IdempotencyStore#claim} found for a client-supplied key. */
public enum IdempotencyClaim {
    /** The key was free and is now held, pending, for this request. */
    CLAIMED,
    /** An earlier request with the same key and the same content was accepted: answer it again. */
    ALREADY_ACCEPTED,
    /** An earlier request with the same key and the same content is still being enqueued. */
    IN_PROGRESS,
    /** The key was used for different content. */
    MISMATCH
}
