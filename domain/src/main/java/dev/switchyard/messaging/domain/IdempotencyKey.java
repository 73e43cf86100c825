package dev.switchyard.messaging.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What makes a message unique: the client's {@code Idempotency-Key} (1–255 printable ASCII
 * characters, no spaces), or one derived from the message's content when the client gave none.
 * The worker stores at most one message per key.
 */
public record IdempotencyKey(String value) {

    private static final Pattern SHAPE = Pattern.compile("[!-~]{1,255}");
    static final String DERIVED_PREFIX = "auto-";

    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("must be 1-255 printable ASCII characters without spaces");
        }
    }

    public static IdempotencyKey of(String value) {
        return new IdempotencyKey(value);
    }

    /** The key of a request that carried none: the same content always gives the same key. */
    public static IdempotencyKey derivedFrom(RequestFingerprint fingerprint) {
        return new IdempotencyKey(DERIVED_PREFIX + fingerprint.hex().substring(0, 32));
    }

    @Override
    public String toString() {
        return value;
    }
}
