package dev.switchyard.messaging.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchyard.messaging.application.port.out.MessageQueue;
import dev.switchyard.messaging.domain.OutboundMessageEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MessageQueue} promises. An implementation's test supplies the queue, a way to
 * take what reached the worker's side, and a queue that cannot take anything.
 */
public abstract class MessageQueueContract {

    protected static final Duration WITHIN = Duration.ofSeconds(30);

    /** The queue under test; the same instance for the whole test. */
    protected abstract MessageQueue queue();

    /** Everything the worker's side received since the last call, waiting until {@code expected} events arrived. */
    protected abstract List<OutboundMessageEvent> receive(int expected, Duration within);

    /** A queue of the same kind that cannot take any event (no broker, full buffer). */
    protected abstract MessageQueue unavailableQueue();

    @Test
    void a_published_event_arrives_once_and_unchanged() throws Exception {
        OutboundMessageEvent sms = MessagingFixtures.smsEvent(unique("sms"));
        OutboundMessageEvent email = MessagingFixtures.emailEvent(unique("email"));

        queue().publish(sms).toCompletableFuture().get(WITHIN.toSeconds(), TimeUnit.SECONDS);
        queue().publish(email).toCompletableFuture().get(WITHIN.toSeconds(), TimeUnit.SECONDS);

        assertThat(receive(2, WITHIN)).containsExactlyInAnyOrder(sms, email);
    }

    @Test
    void events_of_one_customer_keep_their_order() throws Exception {
        String customer = unique("c");
        List<OutboundMessageEvent> events = new ArrayList<>();
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            OutboundMessageEvent event = MessagingFixtures.smsEvent(customer + "-" + i, customer, "+14155550123",
                    Instant.parse("2026-11-24T10:00:00Z").plusSeconds(i));
            events.add(event);
            acks.add(queue().publish(event).toCompletableFuture());
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(WITHIN.toSeconds(), TimeUnit.SECONDS);

        assertThat(receive(50, WITHIN)).containsExactlyElementsOf(events);
    }

    @Test
    void a_queue_that_cannot_take_the_event_says_so_in_bounded_time() {
        MessageQueue unavailable = unavailableQueue();
        long start = System.nanoTime();

        assertThatThrownBy(() -> unavailable.publish(MessagingFixtures.smsEvent(unique("lost")))
                .toCompletableFuture().get(WITHIN.toSeconds(), TimeUnit.SECONDS))
                .isInstanceOf(java.util.concurrent.ExecutionException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(WITHIN);
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
