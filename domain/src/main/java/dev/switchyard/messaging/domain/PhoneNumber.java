package dev.switchyard.messaging.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form: {@code +}, a country code that does not start with 0, at most 15
 * digits in all. This is the shape only; whether the number exists in its numbering plan is checked
 * where a phone-number library is available (the HTTP edge).
 */
public record PhoneNumber(String e164) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
        if (!E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("must be an E.164 phone number such as +14155550123");
        }
    }

    public static PhoneNumber of(String e164) {
        return new PhoneNumber(e164);
    }

    /** Safe for logs: country code and last two digits, e.g. {@code +44*******58}. */
    public String masked() {
        return Redaction.maskMiddle(e164, 3, 2);
    }

    @Override
    public String toString() {
        return masked();
    }
}
