package dev.switchyard.messaging.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** The customer a message is sent for: 1–64 characters of letters, digits and {@code . _ : @ -}. */
public record CustomerId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:@-]{1,64}");

    public CustomerId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("must be 1-64 characters of letters, digits and . _ : @ -");
        }
    }

    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
