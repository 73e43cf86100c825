package dev.switchyard.messaging.application.port.in;

/** A page of dead letters: ids after {@code after} (0 for the first page), at most {@code limit} (1–500). */
public record ListDeadLettersQuery(long after, int limit) {

    public static final int MAX_LIMIT = 500;

    public ListDeadLettersQuery {
        if (after < 0) {
            throw new IllegalArgumentException("after must not be negative, got " + after);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }
}
