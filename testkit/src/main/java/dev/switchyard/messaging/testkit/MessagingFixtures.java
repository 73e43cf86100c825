package dev.switchyard.messaging.testkit;

import dev.switchyard.messaging.domain.CustomerId;
import dev.switchyard.messaging.domain.EmailAddress;
import dev.switchyard.messaging.domain.EmailMessage;
import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.domain.OutboundMessageEvent;
import dev.switchyard.messaging.domain.PhoneNumber;
import dev.switchyard.messaging.domain.QueuedMessage;
import dev.switchyard.messaging.domain.SmsMessage;
import dev.switchyard.messaging.domain.SmsSender;
import java.time.Instant;
import java.util.Optional;

/** Valid messages and events for tests. */
public final class MessagingFixtures {

    public static final Instant ACCEPTED_AT = Instant.parse("2026-11-24T10:00:00.123456Z");

    private MessagingFixtures() {
    }

    public static SmsMessage sms(String customer, String to, String body) {
        return new SmsMessage(CustomerId.of(customer), PhoneNumber.of(to), Optional.of(SmsSender.of("ACME")), body);
    }

    public static SmsMessage sms(String body) {
        return sms("cust-1", "+14155550123", body);
    }

    public static EmailMessage email(String customer, String to, String subject) {
        return new EmailMessage(CustomerId.of(customer), EmailAddress.of(to), EmailAddress.of("noreply@acme.io"), subject,
                Optional.of("Hello,\nyour order shipped."), Optional.of("<p>Hello, your order shipped.</p>"));
    }

    public static OutboundMessageEvent smsEvent(String key) {
        return OutboundMessageEvent.accepted(IdempotencyKey.of(key), sms("body of " + key), ACCEPTED_AT);
    }

    public static OutboundMessageEvent smsEvent(String key, String customer, String to, Instant acceptedAt) {
        return OutboundMessageEvent.accepted(IdempotencyKey.of(key), sms(customer, to, "body of " + key), acceptedAt);
    }

    public static OutboundMessageEvent emailEvent(String key) {
        return OutboundMessageEvent.accepted(IdempotencyKey.of(key), email("cust-2", "jane@example.com", "Order " + key),
                ACCEPTED_AT);
    }

    public static QueuedMessage queued(String key) {
        return QueuedMessage.firstDelivery(smsEvent(key));
    }
}
