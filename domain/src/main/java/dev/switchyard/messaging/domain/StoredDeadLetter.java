package dev.switchyard.messaging.domain;

import java.util.Objects;

/** A dead letter with the id the store gave it. */
public record StoredDeadLetter(DeadLetterId id, DeadLetter letter) {

    public StoredDeadLetter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(letter, "letter");
    }
}
