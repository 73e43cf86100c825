package dev.switchyard.messaging.domain;

/** The dead-letter store's id of one entry. */
public record DeadLetterId(long value) {

    public DeadLetterId {
        if (value < 1) {
            throw new IllegalArgumentException("dead-letter ids are positive, got " + value);
        }
    }

    public static DeadLetterId of(long value) {
        return new DeadLetterId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
