package dev.switchyard.gateway.domain;

import java.util.Objects;

/** A Kiro account of the pool: the node {@code uuid} the Node.js service uses as its hash field. */
public record AccountId(String value) {

    public AccountId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 128) {
            throw new IllegalArgumentException("account id must be 1-128 non-blank characters");
        }
    }

    public static AccountId of(String value) {
        return new AccountId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
