package dev.switchyard.messaging.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchyard.messaging.application.port.in.DeliverDueRetriesResult;
import dev.switchyard.messaging.application.port.in.ProcessQueuedMessagesCommand;
import dev.switchyard.messaging.application.port.in.ProcessQueuedMessagesResult;
import dev.switchyard.messaging.domain.Channel;
import dev.switchyard.messaging.domain.DeadLetter;
import dev.switchyard.messaging.domain.FailureKind;
import dev.switchyard.messaging.domain.QueuedMessage;
import dev.switchyard.messaging.domain.RetryPolicy;
import dev.switchyard.messaging.domain.UndecodableMessage;
import dev.switchyard.messaging.testkit.InMemoryDeadLetterStore;
import dev.switchyard.messaging.testkit.InMemoryMessageStore;
import dev.switchyard.messaging.testkit.InMemoryRetrySchedule;
import dev.switchyard.messaging.testkit.MessagingFixtures;
import dev.switchyard.messaging.testkit.RecordingMessagingMetrics;
import dev.switchyard.testkit.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class ProcessQueuedMessagesServiceTest {

    private final ManualClock clock = ManualClock.at("2026-11-24T10:00:00Z");
    private final InMemoryMessageStore store = new InMemoryMessageStore();
    private final InMemoryRetrySchedule retries = new InMemoryRetrySchedule();
    private final InMemoryDeadLetterStore deadLetters = new InMemoryDeadLetterStore();
    private final RecordingMessagingMetrics metrics = new RecordingMessagingMetrics();
    private final RetryPolicy policy = new RetryPolicy(10, Duration.ofHours(1), Duration.ofSeconds(1), Duration.ofMinutes(5));
    /** Jitter that varies, as a real random source does; fixed seed so a failure reproduces. */
    private final RandomGenerator jitter = new java.util.SplittableRandom(7);

    private final ProcessQueuedMessagesService worker =
            new ProcessQueuedMessagesService(store, retries, deadLetters, metrics, policy, clock, jitter);
    private final DeliverDueRetriesService retryDelivery =
            new DeliverDueRetriesService(retries, worker, clock, 100, Duration.ofSeconds(30));

    private ProcessQueuedMessagesResult process(QueuedMessage... messages) {
        return worker.process(ProcessQueuedMessagesCommand.of(List.of(messages)));
    }

    @Test
    void a_batch_is_persisted_with_its_conversations() {
        ProcessQueuedMessagesResult result = process(MessagingFixtures.queued("k1"), MessagingFixtures.queued("k2"));

        assertThat(result).isEqualTo(new ProcessQueuedMessagesResult(2, 0, 0, 0));
        assertThat(store.messageCount()).isEqualTo(2);
        assertThat(store.conversation("cust-1", Channel.SMS, "+14155550123")).hasValueSatisfying(
                conversation -> assertThat(conversation.messageCount()).isEqualTo(2));
        assertThat(metrics.count("dequeued")).isEqualTo(2);
        assertThat(metrics.count("processed")).isEqualTo(2);
    }

    @Test
    void the_same_event_delivered_three_times_is_persisted_once() {
        QueuedMessage delivery = MessagingFixtures.queued("k-thrice");

        process(delivery);
        process(delivery);
        ProcessQueuedMessagesResult third = process(delivery, delivery);

        assertThat(third).isEqualTo(new ProcessQueuedMessagesResult(0, 2, 0, 0));
        assertThat(store.messageCount()).isEqualTo(1);
        assertThat(store.conversation("cust-1", Channel.SMS, "+14155550123")).hasValueSatisfying(
                conversation -> assertThat(conversation.messageCount()).isEqualTo(1));
        assertThat(metrics.count("duplicates")).isEqualTo(3);
    }

    @Test
    void a_transient_failure_is_retried_with_growing_delays_until_it_succeeds() {
        QueuedMessage flaky = MessagingFixtures.queued("k-flaky");
        store.failFor(flaky.key(), FailureKind.TRANSIENT, 5);

        ProcessQueuedMessagesResult first = process(flaky, MessagingFixtures.queued("k-healthy"));
        assertThat(first).isEqualTo(new ProcessQueuedMessagesResult(1, 0, 1, 0));

        List<Duration> delays = new ArrayList<>();
        while (store.message(flaky.key()).isEmpty()) {
            var pending = retries.pending(flaky.key()).orElseThrow();
            delays.add(Duration.between(clock.instant(), pending.dueAt()));
            assertThat(retryDelivery.deliverDue().claimed()).as("not due before its time").isZero();
            clock.set(pending.dueAt());
            retryDelivery.deliverDue();
        }

        assertThat(delays).hasSize(5).isSortedAccordingTo(Duration::compareTo);
        assertThat(delays.getFirst()).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(delays.getLast()).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(16));
        assertThat(store.message(flaky.key())).hasValueSatisfying(stored -> assertThat(stored.attempt()).isEqualTo(6));
        assertThat(retries.size()).isZero();
        assertThat(deadLetters.count()).isZero();
        assertThat(metrics.count("retry.scheduled")).isEqualTo(5);
        assertThat(metrics.count("failed:transient")).isEqualTo(5);
    }

    @Test
    void a_permanent_failure_goes_straight_to_the_dead_letters_without_holding_back_the_batch() {
        QueuedMessage poison = MessagingFixtures.queued("k-poison");
        store.failFor(poison.key(), FailureKind.PERMANENT, 1);

        ProcessQueuedMessagesResult result = process(MessagingFixtures.queued("k-a"), poison, MessagingFixtures.queued("k-b"));

        assertThat(result).isEqualTo(new ProcessQueuedMessagesResult(2, 0, 0, 1));
        assertThat(retries.size()).isZero();
        var dead = deadLetters.list(0, 10);
        assertThat(dead).hasSize(1);
        assertThat(dead.getFirst().letter().content()).isEqualTo(new DeadLetter.Message(poison.event()));
        assertThat(dead.getFirst().letter().reason()).startsWith("permanent failure: injected failure");
        assertThat(dead.getFirst().letter().attempts()).isEqualTo(1);
        assertThat(metrics.count("dead.lettered")).isEqualTo(1);
    }

    @Test
    void a_message_that_keeps_failing_is_dead_lettered_after_the_last_attempt() {
        QueuedMessage doomed = MessagingFixtures.queued("k-doomed");
        store.failFor(doomed.key(), FailureKind.TRANSIENT, 100);

        process(doomed);
        for (int i = 0; i < 20 && retries.size() > 0; i++) {
            clock.set(retries.pending(doomed.key()).orElseThrow().dueAt());
            retryDelivery.deliverDue();
        }

        assertThat(retries.size()).isZero();
        assertThat(deadLetters.list(0, 10)).singleElement().satisfies(dead -> {
            assertThat(dead.letter().attempts()).isEqualTo(10);
            assertThat(dead.letter().reason()).startsWith("gave up after 10 attempts");
        });
    }

    @Test
    void when_the_store_is_unreachable_the_batch_is_handed_back_untouched() {
        store.failEverything(FailureKind.UNAVAILABLE);

        assertThatThrownBy(() -> process(MessagingFixtures.queued("k-x"), MessagingFixtures.queued("k-y")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("delivered again");
        assertThat(retries.size()).isZero();
        assertThat(deadLetters.count()).isZero();

        store.recover();
        assertThat(process(MessagingFixtures.queued("k-x"), MessagingFixtures.queued("k-y")).stored()).isEqualTo(2);
    }

    @Test
    void a_retry_that_finds_the_store_unreachable_stays_scheduled() {
        QueuedMessage flaky = MessagingFixtures.queued("k-later");
        store.failFor(flaky.key(), FailureKind.TRANSIENT, 1);
        process(flaky);
        clock.set(retries.pending(flaky.key()).orElseThrow().dueAt());
        store.failEverything(FailureKind.UNAVAILABLE);

        assertThatThrownBy(retryDelivery::deliverDue).isInstanceOf(IllegalStateException.class);
        store.recover();
        clock.advance(Duration.ofSeconds(30));
        DeliverDueRetriesResult delivered = retryDelivery.deliverDue();

        assertThat(delivered.claimed()).isEqualTo(1);
        assertThat(store.message(flaky.key())).isPresent();
        assertThat(retries.size()).isZero();
    }

    @Test
    void undecodable_records_are_dead_lettered_with_their_payload() {
        ProcessQueuedMessagesResult result = worker.process(new ProcessQueuedMessagesCommand(List.of(),
                List.of(new UndecodableMessage("kafka:topic/1@9", "{not json", "invalid JSON"))));

        assertThat(result).isEqualTo(new ProcessQueuedMessagesResult(0, 0, 0, 1));
        assertThat(deadLetters.list(0, 10)).singleElement().satisfies(dead -> {
            assertThat(dead.letter().content()).isEqualTo(new DeadLetter.Undecodable("kafka:topic/1@9", "{not json"));
            assertThat(dead.letter().reason()).isEqualTo("undecodable: invalid JSON");
            assertThat(dead.letter().deadLetteredAt()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
        });
    }
}
