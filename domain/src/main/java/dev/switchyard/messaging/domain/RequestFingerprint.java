package dev.switchyard.messaging.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SHA-256 over a message's content (channel, customer, addresses, subject and bodies), each field
 * length-prefixed so that no two different messages encode alike. Two requests with the same
 * {@link IdempotencyKey} must carry the same fingerprint.
 */
public record RequestFingerprint(String hex) {

    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{64}");

    public RequestFingerprint {
        Objects.requireNonNull(hex, "hex");
        if (!SHAPE.matcher(hex).matches()) {
            throw new IllegalArgumentException("a fingerprint is 64 lower-case hex digits");
        }
    }

    public static RequestFingerprint of(OutboundMessage message) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, message.channel().wireName());
        field(canonical, message.customerId().value());
        switch (message) {
            case SmsMessage sms -> {
                field(canonical, sms.to().e164());
                field(canonical, sms.from().map(SmsSender::value));
                field(canonical, sms.body());
            }
            case EmailMessage email -> {
                field(canonical, email.to().value());
                field(canonical, email.from().value());
                field(canonical, email.subject());
                field(canonical, email.text());
                field(canonical, email.html());
            }
        }
        return new RequestFingerprint(HexFormat.of().formatHex(sha256(canonical.toString())));
    }

    private static void field(StringBuilder canonical, Optional<String> value) {
        if (value.isEmpty()) {
            canonical.append("-;");
        } else {
            field(canonical, value.get());
        }
    }

    private static void field(StringBuilder canonical, String value) {
        canonical.append(value.length()).append(':').append(value).append(';');
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
