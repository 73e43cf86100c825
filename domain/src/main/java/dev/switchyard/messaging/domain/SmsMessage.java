package dev.switchyard.messaging.domain;

import java.util.Objects;
import java.util.Optional;

/** An SMS: to an E.164 number, optionally from a number or sender id, with a non-empty body of at most 1,600 characters. */
public record SmsMessage(CustomerId customerId, PhoneNumber to, Optional<SmsSender> from, String body)
        implements OutboundMessage {

    public SmsMessage {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(from, "from");
        body = MessageLimits.requireText(body, MessageLimits.SMS_BODY);
    }

    /** Checks a body on its own, so a caller can report every bad field at once. */
    public static String validBody(String body) {
        return MessageLimits.requireText(body, MessageLimits.SMS_BODY);
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public String recipient() {
        return to.e164();
    }

    @Override
    public String toString() {
        return "SmsMessage[customerId=" + customerId + ", to=" + to + ", from=" + from.map(SmsSender::toString).orElse("-")
                + ", body=" + Redaction.body(body) + "]";
    }
}
