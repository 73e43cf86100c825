package dev.switchyard.messaging.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A message the worker gave up on, why, and after how many attempts. */
public record DeadLetter(Content content, String reason, int attempts, Instant deadLetteredAt) {

    public DeadLetter {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(reason, "reason");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative, got " + attempts);
        }
        deadLetteredAt = Objects.requireNonNull(deadLetteredAt, "deadLetteredAt").truncatedTo(ChronoUnit.MICROS);
    }

    /** What was given up on: a readable event (which can be redriven) or a record nobody could read. */
    public sealed interface Content {
    }

    public record Message(OutboundMessageEvent event) implements Content {
        public Message {
            Objects.requireNonNull(event, "event");
        }
    }

    public record Undecodable(String source, String payload) implements Content {
        public Undecodable {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(payload, "payload");
        }
    }
}
