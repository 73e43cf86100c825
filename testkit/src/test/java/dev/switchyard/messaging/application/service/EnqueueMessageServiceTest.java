package dev.switchyard.messaging.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.messaging.application.port.in.EnqueueMessageCommand;
import dev.switchyard.messaging.application.port.in.EnqueueMessageResult;
import dev.switchyard.messaging.application.port.out.IdempotencyStore;
import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.domain.OutboundMessage;
import dev.switchyard.messaging.domain.OutboundMessageEvent;
import dev.switchyard.messaging.domain.RequestFingerprint;
import dev.switchyard.messaging.testkit.MessagingFixtures;
import dev.switchyard.messaging.testkit.RecordingMessagingMetrics;
import dev.switchyard.messaging.testkit.ScriptedIdempotencyStore;
import dev.switchyard.messaging.testkit.ScriptedMessageQueue;
import dev.switchyard.testkit.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class EnqueueMessageServiceTest {

    private final ManualClock clock = ManualClock.at("2026-11-24T10:00:00Z");
    private final ScriptedMessageQueue queue = new ScriptedMessageQueue();
    private final ScriptedIdempotencyStore idempotency = new ScriptedIdempotencyStore(clock);
    private final RecordingMessagingMetrics metrics = new RecordingMessagingMetrics();

    private EnqueueMessageService service(IdempotencyStore store) {
        return new EnqueueMessageService(queue, store, metrics, clock, Duration.ofSeconds(5), Duration.ofHours(24));
    }

    private EnqueueMessageResult enqueue(OutboundMessage message, String clientKey) {
        return service(idempotency).enqueue(new EnqueueMessageCommand(message, Optional.ofNullable(clientKey).map(IdempotencyKey::of)))
                .toCompletableFuture().join();
    }

    @Test
    void without_a_key_the_message_is_enqueued_once_under_a_key_derived_from_its_content() {
        OutboundMessage sms = MessagingFixtures.sms("your code is 1234");

        EnqueueMessageResult result = enqueue(sms, null);

        IdempotencyKey derived = IdempotencyKey.derivedFrom(RequestFingerprint.of(sms));
        assertThat(result).isEqualTo(new EnqueueMessageResult.Accepted(derived, false));
        assertThat(queue.published()).containsExactly(
                OutboundMessageEvent.accepted(derived, sms, Instant.parse("2026-11-24T10:00:00Z")));
        assertThat(metrics.count("enqueue.attempted")).isEqualTo(1);
        assertThat(metrics.count("enqueue.succeeded")).isEqualTo(1);
    }

    @Test
    void a_replay_with_the_same_key_and_content_gets_the_same_answer_and_enqueues_nothing_more() {
        OutboundMessage sms = MessagingFixtures.sms("hello");

        EnqueueMessageResult first = enqueue(sms, "order-42");
        EnqueueMessageResult replay = enqueue(sms, "order-42");

        assertThat(first).isEqualTo(new EnqueueMessageResult.Accepted(IdempotencyKey.of("order-42"), false));
        assertThat(replay).isEqualTo(new EnqueueMessageResult.Accepted(IdempotencyKey.of("order-42"), true));
        assertThat(queue.published()).hasSize(1);
        assertThat(metrics.count("enqueue.replayed")).isEqualTo(1);
    }

    @Test
    void the_same_key_with_other_content_is_refused_and_enqueues_nothing() {
        enqueue(MessagingFixtures.sms("hello"), "order-43");

        EnqueueMessageResult reused = enqueue(MessagingFixtures.sms("hello again"), "order-43");

        assertThat(reused).isEqualTo(new EnqueueMessageResult.KeyReused(IdempotencyKey.of("order-43")));
        assertThat(queue.published()).hasSize(1);
        assertThat(metrics.count("enqueue.failed:key_reused")).isEqualTo(1);
    }

    @Test
    void when_the_queue_refuses_nothing_is_accepted_and_the_key_is_free_for_a_retry() {
        queue.down();

        EnqueueMessageResult refused = enqueue(MessagingFixtures.sms("hello"), "order-44");
        queue.up();
        EnqueueMessageResult retried = enqueue(MessagingFixtures.sms("hello"), "order-44");

        assertThat(refused).isEqualTo(new EnqueueMessageResult.Unavailable("queue"));
        assertThat(retried).isEqualTo(new EnqueueMessageResult.Accepted(IdempotencyKey.of("order-44"), false));
        assertThat(queue.published()).hasSize(1);
        assertThat(metrics.count("enqueue.failed:queue_unavailable")).isEqualTo(1);
    }

    @Test
    void when_the_idempotency_store_is_away_a_keyed_request_fails_closed() {
        idempotency.down();

        EnqueueMessageResult result = enqueue(MessagingFixtures.sms("hello"), "order-45");

        assertThat(result).isEqualTo(new EnqueueMessageResult.Unavailable("idempotency store"));
        assertThat(queue.published()).isEmpty();
        assertThat(metrics.count("enqueue.failed:idempotency_store_unavailable")).isEqualTo(1);
    }

    @Test
    void a_request_whose_twin_is_still_being_enqueued_is_told_so() {
        OutboundMessage sms = MessagingFixtures.sms("hello");
        idempotency.claim(IdempotencyKey.of("order-46"), RequestFingerprint.of(sms), Duration.ofSeconds(10));

        assertThat(enqueue(sms, "order-46")).isEqualTo(new EnqueueMessageResult.InProgress(IdempotencyKey.of("order-46")));
        assertThat(queue.published()).isEmpty();
    }

    @Test
    void a_queue_that_never_answers_is_cut_off_by_the_timeout() {
        EnqueueMessageService service = new EnqueueMessageService(new NeverAnsweringQueue(), idempotency, metrics, clock,
                Duration.ofMillis(50), Duration.ofHours(24));

        EnqueueMessageResult result = service.enqueue(new EnqueueMessageCommand(MessagingFixtures.sms("x"), Optional.empty()))
                .toCompletableFuture().join();

        assertThat(result).isEqualTo(new EnqueueMessageResult.Unavailable("timeout"));
        assertThat(metrics.count("enqueue.failed:timeout")).isEqualTo(1);
    }

    private static final class NeverAnsweringQueue implements dev.switchyard.messaging.application.port.out.MessageQueue {
        @Override
        public CompletionStage<Void> publish(OutboundMessageEvent event) {
            return new CompletableFuture<>();
        }

        @Override
        public java.util.OptionalLong backlog() {
            return java.util.OptionalLong.empty();
        }
    }
}
