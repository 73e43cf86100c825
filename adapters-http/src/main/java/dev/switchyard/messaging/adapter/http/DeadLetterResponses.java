package dev.switchyard.messaging.adapter.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchyard.messaging.application.port.in.DeadLetterPageView;
import dev.switchyard.messaging.domain.DeadLetter;
import dev.switchyard.messaging.domain.EmailMessage;
import dev.switchyard.messaging.domain.OutboundMessageEvent;
import dev.switchyard.messaging.domain.SmsMessage;
import dev.switchyard.messaging.domain.SmsSender;
import dev.switchyard.messaging.domain.StoredDeadLetter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Bodies of the dead-letter admin endpoints. */
final class DeadLetterResponses {

    private DeadLetterResponses() {
    }

    /** One line of the list: no message content. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Summary(long id, @Nullable String idempotencyKey, @Nullable String channel, @Nullable String customerId,
            String reason, int attempts, String deadLetteredAt, boolean redrivable) {

        static Summary of(StoredDeadLetter stored) {
            DeadLetter letter = stored.letter();
            return switch (letter.content()) {
                case DeadLetter.Message message -> new Summary(stored.id().value(), message.event().idempotencyKey().value(),
                        message.event().message().channel().wireName(), message.event().message().customerId().value(),
                        letter.reason(), letter.attempts(), letter.deadLetteredAt().toString(), true);
                case DeadLetter.Undecodable undecodable -> new Summary(stored.id().value(), null, null, null,
                        letter.reason(), letter.attempts(), letter.deadLetteredAt().toString(), false);
            };
        }
    }

    /** {@code GET /admin/messaging/dead-letters}: oldest first; pass {@code nextAfter} as {@code after} for the next page. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Page(List<Summary> deadLetters, @Nullable Long nextAfter) {

        static Page of(DeadLetterPageView view) {
            return new Page(view.letters().stream().map(Summary::of).toList(),
                    view.nextAfter().isPresent() ? view.nextAfter().getAsLong() : null);
        }
    }

    /** The message as it was accepted, bodies included (for an operator with the admin key). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Message(String idempotencyKey, String channel, String customerId, String to, @Nullable String from,
            @Nullable String body, @Nullable String subject, @Nullable String text, @Nullable String html, String acceptedAt) {

        static Message of(OutboundMessageEvent event) {
            String key = event.idempotencyKey().value();
            String at = event.acceptedAt().toString();
            return switch (event.message()) {
                case SmsMessage sms -> new Message(key, "sms", sms.customerId().value(), sms.to().e164(),
                        sms.from().map(SmsSender::value).orElse(null), sms.body(), null, null, null, at);
                case EmailMessage email -> new Message(key, "email", email.customerId().value(), email.to().value(),
                        email.from().value(), null, email.subject(), email.text().orElse(null), email.html().orElse(null), at);
            };
        }
    }

    /** A record the worker could not read: where it came from and its raw payload. */
    @Serdeable
    record Undecodable(String source, String payload) {
    }

    /** {@code GET /admin/messaging/dead-letters/{id}}: {@code message} or {@code undecodable}. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Detail(long id, String reason, int attempts, String deadLetteredAt, boolean redrivable,
            @Nullable Message message, @Nullable Undecodable undecodable) {

        static Detail of(StoredDeadLetter stored) {
            DeadLetter letter = stored.letter();
            return switch (letter.content()) {
                case DeadLetter.Message message -> new Detail(stored.id().value(), letter.reason(), letter.attempts(),
                        letter.deadLetteredAt().toString(), true, Message.of(message.event()), null);
                case DeadLetter.Undecodable undecodable -> new Detail(stored.id().value(), letter.reason(), letter.attempts(),
                        letter.deadLetteredAt().toString(), false, null, new Undecodable(undecodable.source(), undecodable.payload()));
            };
        }
    }

    @Serdeable
    record Redriven(String status, String idempotencyKey) {
    }

    @Serdeable
    record Purged(int purged) {
    }

    /** {@code GET /admin/messaging/queue}; {@code backlog} is null when the queue did not answer in time. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record QueueStats(String backend, @Nullable Long backlog, long pendingRetries, long deadLetters, boolean workerEnabled,
            int workerConcurrency) {
    }
}
