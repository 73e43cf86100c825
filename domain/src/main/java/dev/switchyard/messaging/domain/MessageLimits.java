package dev.switchyard.messaging.domain;

/** Size limits of outbound messages, in characters (UTF-16 code units, what {@link String#length()} counts). */
public final class MessageLimits {

    /** Ten concatenated GSM-7 segments: what carriers reliably deliver as one message. */
    public static final int SMS_BODY = 1_600;
    /** RFC 5322's line length limit for a header. */
    public static final int EMAIL_SUBJECT = 998;
    public static final int EMAIL_TEXT = 256 * 1024;
    public static final int EMAIL_HTML = 512 * 1024;

    private MessageLimits() {
    }

    static String requireText(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("must not be empty");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException("must be at most " + maxLength + " characters, got " + value.length());
        }
        return value;
    }
}
