package dev.switchyard.messaging.adapter.jdbc;

import dev.switchyard.messaging.domain.Channel;
import dev.switchyard.messaging.domain.CustomerId;
import dev.switchyard.messaging.domain.EmailAddress;
import dev.switchyard.messaging.domain.EmailMessage;
import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.domain.OutboundMessage;
import dev.switchyard.messaging.domain.OutboundMessageEvent;
import dev.switchyard.messaging.domain.PhoneNumber;
import dev.switchyard.messaging.domain.SmsMessage;
import dev.switchyard.messaging.domain.SmsSender;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The columns an {@link OutboundMessageEvent} occupies in the message, retry and dead-letter tables,
 * in the order of {@link #NAMES}. An SMS body goes to {@code body_text}; an email's sender to {@code sender}.
 */
final class EventColumns {

    static final String NAMES =
            "idempotency_key, customer_id, channel, recipient, sender, subject, body_text, body_html, accepted_at";
    static final int COUNT = 9;

    private EventColumns() {
    }

    /** One event's column values, in the order of {@link #NAMES}. */
    record Values(String idempotencyKey, String customerId, String channel, String recipient, String sender,
            String subject, String bodyText, String bodyHtml, Instant acceptedAt) {

        static Values of(OutboundMessageEvent event) {
            OutboundMessage message = event.message();
            String key = event.idempotencyKey().value();
            String customer = message.customerId().value();
            return switch (message) {
                case SmsMessage sms -> new Values(key, customer, Channel.SMS.wireName(), message.recipient(),
                        sms.from().map(SmsSender::value).orElse(null), null, sms.body(), null, event.acceptedAt());
                case EmailMessage email -> new Values(key, customer, Channel.EMAIL.wireName(), message.recipient(),
                        email.from().value(), email.subject(), email.text().orElse(null), email.html().orElse(null),
                        event.acceptedAt());
            };
        }
    }

    /** Binds the event's columns to parameters {@code first} … {@code first + COUNT - 1}. */
    static void bind(PreparedStatement statement, int first, OutboundMessageEvent event) throws SQLException {
        Values values = Values.of(event);
        statement.setString(first, values.idempotencyKey());
        statement.setString(first + 1, values.customerId());
        statement.setString(first + 2, values.channel());
        statement.setString(first + 3, values.recipient());
        statement.setString(first + 4, values.sender());
        statement.setString(first + 5, values.subject());
        statement.setString(first + 6, values.bodyText());
        statement.setString(first + 7, values.bodyHtml());
        statement.setObject(first + 8, utc(values.acceptedAt()));
    }

    static OutboundMessageEvent read(ResultSet row) throws SQLException {
        CustomerId customer = CustomerId.of(row.getString("customer_id"));
        String recipient = row.getString("recipient");
        String sender = row.getString("sender");
        OutboundMessage message = switch (Channel.fromWireName(row.getString("channel"))) {
            case SMS -> new SmsMessage(customer, PhoneNumber.of(recipient), Optional.ofNullable(sender).map(SmsSender::of),
                    row.getString("body_text"));
            case EMAIL -> new EmailMessage(customer, EmailAddress.of(recipient), EmailAddress.of(sender),
                    row.getString("subject"), Optional.ofNullable(row.getString("body_text")),
                    Optional.ofNullable(row.getString("body_html")));
        };
        return OutboundMessageEvent.accepted(IdempotencyKey.of(row.getString("idempotency_key")), message,
                instant(row, "accepted_at"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
