package dev.switchyard.messaging.domain;

/** Why storing a message failed, and so what to do about it. */
public enum FailureKind {
    /** The store cannot be reached at all: nothing else will succeed either, so stop and try the whole batch later. */
    UNAVAILABLE,
    /** This write failed but may succeed later (deadlock, serialization failure, lock timeout): retry with backoff. */
    TRANSIENT,
    /** This message can never be stored (its data breaks a constraint): straight to the dead letters. */
    PERMANENT;

    public boolean retryable() {
        return this != PERMANENT;
    }
}
