package dev.switchyard.messaging.adapter.http;

import dev.switchyard.messaging.domain.CustomerId;
import dev.switchyard.messaging.domain.EmailAddress;
import dev.switchyard.messaging.domain.EmailMessage;
import dev.switchyard.messaging.domain.OutboundMessage;
import dev.switchyard.messaging.domain.PhoneNumber;
import dev.switchyard.messaging.domain.SmsMessage;
import dev.switchyard.messaging.domain.SmsSender;
import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a request's JSON into a domain message, checking every field and reporting all bad ones at
 * once, each under the name the client used. A field that is missing, {@code null}, not a string
 * or refused by the domain is an error; unknown fields are ignored.
 */
final class MessageRequests {

    private static final String E164_HINT = "must be an E.164 phone number valid in its numbering plan, such as +14155552671";

    private MessageRequests() {
    }

    /** A message, or what is wrong with the request. */
    sealed interface Parsed {
    }

    record Valid(OutboundMessage message) implements Parsed {
    }

    record Invalid(List<FieldError> errors) implements Parsed {
    }

    static Parsed sms(JsonNode json) {
        Fields fields = new Fields(json);
        Optional<CustomerId> customer = fields.parse("customer_id", fields.required("customer_id"), CustomerId::of);
        Optional<PhoneNumber> to = fields.parse("to", fields.required("to"), MessageRequests::phoneNumber);
        Optional<String> fromText = fields.optional("from");
        Optional<SmsSender> from = fields.parse("from", fromText, MessageRequests::smsSender);
        Optional<String> body = fields.parse("body", fields.required("body"), text -> SmsMessage.validBody(noNul(text)));
        if (fields.hasErrors()) {
            return new Invalid(fields.errors());
        }
        return new Valid(new SmsMessage(customer.orElseThrow(), to.orElseThrow(), from, body.orElseThrow()));
    }

    static Parsed email(JsonNode json) {
        Fields fields = new Fields(json);
        Optional<CustomerId> customer = fields.parse("customer_id", fields.required("customer_id"), CustomerId::of);
        Optional<EmailAddress> to = fields.parse("to", fields.required("to"), EmailAddress::of);
        Optional<EmailAddress> from = fields.parse("from", fields.required("from"), EmailAddress::of);
        Optional<String> subject = fields.parse("subject", fields.required("subject"), text -> EmailMessage.validSubject(noNul(text)));
        Optional<String> textPart = fields.parse("text", fields.optional("text"), text -> EmailMessage.validText(noNul(text)));
        Optional<String> htmlPart = fields.parse("html", fields.optional("html"), html -> EmailMessage.validHtml(noNul(html)));
        if (fields.isAbsent("text") && fields.isAbsent("html")) {
            fields.error("text", "or html is required: an email needs a text part, an HTML part or both");
        }
        if (fields.hasErrors()) {
            return new Invalid(fields.errors());
        }
        return new Valid(new EmailMessage(customer.orElseThrow(), to.orElseThrow(), from.orElseThrow(), subject.orElseThrow(),
                textPart, htmlPart));
    }

    private static PhoneNumber phoneNumber(String text) {
        return PhoneNumber.of(PhoneNumbers.toE164(text).orElseThrow(() -> new IllegalArgumentException(E164_HINT)));
    }

    private static SmsSender smsSender(String text) {
        return text.strip().startsWith("+") ? SmsSender.of(phoneNumber(text).e164()) : SmsSender.of(text);
    }

    /** PostgreSQL text cannot hold U+0000: refuse it here rather than dead-letter the message later. */
    private static String noNul(String text) {
        if (text.indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException("must not contain NUL characters");
        }
        return text;
    }

    private static final class Fields {

        private final JsonNode json;
        private final List<FieldError> errors = new ArrayList<>();

        Fields(JsonNode json) {
            this.json = json;
        }

        Optional<String> optional(String name) {
            JsonNode value = json.get(name);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            if (!value.isString()) {
                error(name, "must be a string");
                return Optional.empty();
            }
            return Optional.of(value.getStringValue());
        }

        Optional<String> required(String name) {
            JsonNode value = json.get(name);
            if (value == null || value.isNull()) {
                error(name, "is required");
                return Optional.empty();
            }
            return optional(name);
        }

        boolean isAbsent(String name) {
            JsonNode value = json.get(name);
            return value == null || value.isNull();
        }

        <T> Optional<T> parse(String name, Optional<String> raw, Function<String, T> parser) {
            try {
                return raw.map(parser);
            } catch (IllegalArgumentException e) {
                error(name, e.getMessage());
                return Optional.empty();
            }
        }

        void error(String name, String message) {
            errors.add(new FieldError(name, message));
        }

        boolean hasErrors() {
            return !errors.isEmpty();
        }

        List<FieldError> errors() {
            return List.copyOf(errors);
        }
    }
}
