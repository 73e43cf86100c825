package dev.switchyard.messaging.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who an SMS comes from: an E.164 number, or an alphanumeric sender id of at most 11 letters,
 * digits and spaces with at least one letter (what carriers accept as a sender name).
 */
public record SmsSender(String value) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    private static final Pattern ALPHANUMERIC = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}");

    public SmsSender {
        Objects.requireNonNull(value, "value");
        if (!E164.matcher(value).matches() && !ALPHANUMERIC.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "must be an E.164 phone number or an alphanumeric sender id of at most 11 characters");
        }
    }

    public static SmsSender of(String value) {
        return new SmsSender(value);
    }

    public boolean isPhoneNumber() {
        return value.startsWith("+");
    }

    @Override
    public String toString() {
        return isPhoneNumber() ? Redaction.maskMiddle(value, 3, 2) : value;
    }
}
