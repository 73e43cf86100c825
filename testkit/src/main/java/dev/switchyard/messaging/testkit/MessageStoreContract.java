package dev.switchyard.messaging.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.messaging.application.port.out.MessageStore;
import dev.switchyard.messaging.application.port.out.StoreOutcome;
import dev.switchyard.messaging.domain.Channel;
import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.domain.OutboundMessageEvent;
import dev.switchyard.messaging.domain.QueuedMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link MessageStore} promises. The implementation's test reads back what was stored. */
public abstract class MessageStoreContract {

    /** A conversation's counters as stored. */
    public record ConversationCounters(long messageCount, Instant lastMessageAt) {
    }

    /** A stored message read back: its event and the attempt it was stored on. */
    public record StoredMessage(OutboundMessageEvent event, int attempt) {
    }

    protected abstract MessageStore store();

    protected abstract Optional<StoredMessage> storedMessage(IdempotencyKey key);

    protected abstract Optional<ConversationCounters> conversation(String customerId, Channel channel, String participant);

    private final String customer = "cust-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void a_new_message_is_stored_with_its_conversation() {
        OutboundMessageEvent event = MessagingFixtures.smsEvent(key(), customer, "+14155550123", Instant.parse("2026-11-24T10:00:00.000001Z"));

        StoreOutcome outcome = store().store(List.of(QueuedMessage.firstDelivery(event)));

        assertThat(outcome).isEqualTo(new StoreOutcome.Stored(java.util.Set.of(event.idempotencyKey())));
        assertThat(storedMessage(event.idempotencyKey())).contains(new StoredMessage(event, 1));
        assertThat(conversation(customer, Channel.SMS, "+14155550123"))
                .contains(new ConversationCounters(1, Instant.parse("2026-11-24T10:00:00.000001Z")));
    }

    @Test
    void emails_are_stored_whole() {
        OutboundMessageEvent event = MessagingFixtures.emailEvent(key());

        store().store(List.of(QueuedMessage.firstDelivery(event)));

        assertThat(storedMessage(event.idempotencyKey())).map(StoredMessage::event).contains(event);
    }

    @Test
    void the_same_key_is_stored_once_however_often_it_is_delivered() {
        OutboundMessageEvent event = MessagingFixtures.smsEvent(key(), customer, "+14155550124", MessagingFixtures.ACCEPTED_AT);
        QueuedMessage delivery = QueuedMessage.firstDelivery(event);

        StoreOutcome first = store().store(List.of(delivery));
        StoreOutcome second = store().store(List.of(delivery));
        StoreOutcome third = store().store(List.of(delivery, delivery));

        assertThat(first).isEqualTo(new StoreOutcome.Stored(java.util.Set.of(event.idempotencyKey())));
        assertThat(second).isEqualTo(new StoreOutcome.Stored(java.util.Set.of()));
        assertThat(third).isEqualTo(new StoreOutcome.Stored(java.util.Set.of()));
        assertThat(conversation(customer, Channel.SMS, "+14155550124")).map(ConversationCounters::messageCount).contains(1L);
    }

    @Test
    void a_batch_counts_only_its_new_messages_and_keeps_the_latest_time() {
        Instant t1 = Instant.parse("2026-11-24T10:00:01Z");
        Instant t2 = Instant.parse("2026-11-24T10:00:02Z");
        Instant t3 = Instant.parse("2026-11-24T10:00:03Z");
        OutboundMessageEvent old = MessagingFixtures.smsEvent(key(), customer, "+14155550125", t1);
        store().store(List.of(QueuedMessage.firstDelivery(old)));
        OutboundMessageEvent later = MessagingFixtures.smsEvent(key(), customer, "+14155550125", t3);
        OutboundMessageEvent middle = MessagingFixtures.smsEvent(key(), customer, "+14155550125", t2);
        OutboundMessageEvent elsewhere = MessagingFixtures.smsEvent(key(), customer, "+14155550126", t2);

        StoreOutcome outcome = store().store(List.of(QueuedMessage.firstDelivery(old), QueuedMessage.firstDelivery(later),
                QueuedMessage.firstDelivery(middle), QueuedMessage.firstDelivery(elsewhere)));

        assertThat(outcome).isEqualTo(new StoreOutcome.Stored(java.util.Set.of(
                later.idempotencyKey(), middle.idempotencyKey(), elsewhere.idempotencyKey())));
        assertThat(conversation(customer, Channel.SMS, "+14155550125")).contains(new ConversationCounters(3, t3));
        assertThat(conversation(customer, Channel.SMS, "+14155550126")).contains(new ConversationCounters(1, t2));
    }

    @Test
    void a_retry_is_stored_with_the_attempt_that_succeeded() {
        OutboundMessageEvent event = MessagingFixtures.smsEvent(key());
        QueuedMessage third = QueuedMessage.firstDelivery(event).nextAttempt(Instant.parse("2026-11-24T11:00:00Z"))
                .nextAttempt(Instant.parse("2026-11-24T11:00:01Z"));

        store().store(List.of(third));

        assertThat(storedMessage(event.idempotencyKey())).map(StoredMessage::attempt).contains(3);
    }

    private static String key() {
        return "store-contract-" + UUID.randomUUID();
    }
}
