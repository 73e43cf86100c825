package dev.switchyard.messaging.domain;

/** Shortens personal data for logs and {@code toString()}: message bodies never appear, addresses only in part. */
final class Redaction {

    private Redaction() {
    }

    static String maskMiddle(String value, int keepStart, int keepEnd) {
        if (value.length() <= keepStart + keepEnd) {
            return "*".repeat(value.length());
        }
        return value.substring(0, keepStart)
                + "*".repeat(value.length() - keepStart - keepEnd)
                + value.substring(value.length() - keepEnd);
    }

    static String body(String body) {
        return "<redacted " + body.length() + " chars>";
    }
}
