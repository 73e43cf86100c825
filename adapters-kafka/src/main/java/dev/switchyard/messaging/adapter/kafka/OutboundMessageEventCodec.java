package dev.switchyard.messaging.adapter.kafka;

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
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Turns events into the topic's JSON and back. Reading is strict: an unknown {@code schema_version},
 * a missing field or a value the domain refuses makes the record undecodable (a dead letter), never
 * a half-read event. A plain helper of the adapters here, not a bean (only port adapters are singletons).
 */
final class OutboundMessageEventCodec {

    private final JsonMapper json;

    OutboundMessageEventCodec(JsonMapper json) {
        this.json = json;
    }

    byte[] encode(OutboundMessageEvent event) {
        OutboundMessage message = event.message();
        OutboundMessageEventJson body = switch (message) {
            case SmsMessage sms -> new OutboundMessageEventJson(event.schemaVersion(), event.idempotencyKey().value(),
                    Channel.SMS.wireName(), sms.customerId().value(), sms.to().e164(), sms.from().map(SmsSender::value).orElse(null),
                    sms.body(), null, null, null, event.acceptedAt().toString());
            case EmailMessage email -> new OutboundMessageEventJson(event.schemaVersion(), event.idempotencyKey().value(),
                    Channel.EMAIL.wireName(), email.customerId().value(), email.to().value(), email.from().value(),
                    null, email.subject(), email.text().orElse(null), email.html().orElse(null), event.acceptedAt().toString());
        };
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode an outbound message event", e);
        }
    }

    /** @throws IllegalArgumentException naming what is wrong with the record */
    OutboundMessageEvent decode(byte[] bytes) {
        if (bytes == null) {
            throw new IllegalArgumentException("empty record");
        }
        OutboundMessageEventJson body;
        try {
            body = json.readValue(bytes, OutboundMessageEventJson.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not an outbound message event: " + e.getMessage(), e);
        }
        if (body == null || body.schemaVersion() == null) {
            throw new IllegalArgumentException("no schema_version");
        }
        if (body.schemaVersion() != OutboundMessageEvent.SCHEMA_VERSION) {
            throw new IllegalArgumentException("unsupported schema_version " + body.schemaVersion());
        }
        try {
            CustomerId customer = CustomerId.of(required(body.customerId(), "customer_id"));
            OutboundMessage message = switch (Channel.fromWireName(required(body.channel(), "channel"))) {
                case SMS -> new SmsMessage(customer, PhoneNumber.of(required(body.to(), "to")),
                        Optional.ofNullable(body.from()).map(SmsSender::of), required(body.body(), "body"));
                case EMAIL -> new EmailMessage(customer, EmailAddress.of(required(body.to(), "to")),
                        EmailAddress.of(required(body.from(), "from")), required(body.subject(), "subject"),
                        Optional.ofNullable(body.text()), Optional.ofNullable(body.html()));
            };
            return OutboundMessageEvent.accepted(IdempotencyKey.of(required(body.idempotencyKey(), "idempotency_key")), message,
                    Instant.parse(required(body.acceptedAt(), "accepted_at")));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("accepted_at is not an ISO-8601 instant", e);
        }
    }

    private static String required(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value;
    }
}
