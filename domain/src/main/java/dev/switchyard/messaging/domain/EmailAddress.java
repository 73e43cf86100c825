package dev.switchyard.messaging.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A plain mailbox address {@code local@domain} (no display name): a dot-atom local part of at most
 * 64 characters, a domain of dot-separated DNS labels with a top-level label of letters, 254
 * characters in all (RFC 5321 limits). Quoted local parts and address literals are not accepted.
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final Pattern LOCAL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile(
            "([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    public EmailAddress {
        Objects.requireNonNull(value, "value");
        int at = value.lastIndexOf('@');
        if (value.length() > MAX_LENGTH || at <= 0 || at > MAX_LOCAL_LENGTH
                || !LOCAL.matcher(value.substring(0, at)).matches()
                || !DOMAIN.matcher(value.substring(at + 1)).matches()) {
            throw new IllegalArgumentException("must be an email address such as name@example.com");
        }
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    /** Safe for logs: first character of the local part and the domain, e.g. {@code j***@example.com}. */
    public String masked() {
        int at = value.lastIndexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }

    @Override
    public String toString() {
        return masked();
    }
}
