package dev.switchyard.messaging.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.messaging.application.port.out.MessageQueue;
import dev.switchyard.messaging.domain.CustomerId;
import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.domain.OutboundMessageEvent;
import dev.switchyard.messaging.domain.PhoneNumber;
import dev.switchyard.messaging.domain.SmsMessage;
import dev.switchyard.testkit.await.Poll;
import dev.switchyard.testkit.servers.WithRealServers;
import io.micrometer.core.instrument.MeterRegistry;
import dev.switchyard.messaging.adapter.scheduler.DeadLetterRetentionJob;
import dev.switchyard.messaging.adapter.scheduler.QueueStatsJob;
import dev.switchyard.messaging.adapter.scheduler.RetryDeliveryJob;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The worker on Kafka and PostgreSQL: a message delivered three times is one row; a store failing
 * five times is retried with growing delays and then succeeds; a permanent failure is a dead letter
 * an operator can list, inspect, redrive (then persisted) and purge through /admin/messaging.
 */
@MicronautTest
@Property(name = "spec.name", value = "MessagingWorkerIT")
class MessagingWorkerIT extends WithRealServers {

    private static final String ADMIN_KEY = "worker-it-admin-key";
    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    private static final Duration INITIAL_DELAY = Duration.ofMillis(100);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    MessageQueue queue;

    @Inject
    StoreFaults faults;

    @Inject
    MeterRegistry meters;

    @Inject
    ApplicationContext context;

    @Inject
    @Client("/")
    HttpClient client;

    private MessagingDatabase database;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(
                "messaging.queue.backend", "kafka",
                "messaging.worker.enabled", "true",
                "messaging.kafka.topic", "it.worker." + UUID.randomUUID(),
                "messaging.kafka.group-id", "it.worker." + UUID.randomUUID(),
                "messaging.retry.initial-delay", INITIAL_DELAY.toMillis() + "ms",
                "messaging.retry.max-delay", "10s",
                "messaging.retry.poll-interval", "20ms",
                "admin.api-key", ADMIN_KEY);
    }

    @BeforeAll
    void database() {
        database = new MessagingDatabase();
    }

    @Test
    void an_event_delivered_three_times_is_persisted_once() throws Exception {
        String customer = "w3-" + UUID.randomUUID();
        OutboundMessageEvent event = event("thrice-" + UUID.randomUUID(), customer);
        double duplicatesBefore = counter("messaging.worker.duplicates");

        for (int delivery = 0; delivery < 3; delivery++) {
            queue.publish(event).toCompletableFuture().get(10, TimeUnit.SECONDS);
        }

        Poll.until("the two redeliveries counted as duplicates", WAIT,
                () -> counter("messaging.worker.duplicates") >= duplicatesBefore + 2);
        assertThat(database.messagesWithKey(event.idempotencyKey().value())).isEqualTo(1);
        assertThat(database.conversationCount(customer)).isEqualTo(1);
    }

    @Test
    void a_store_failing_five_times_is_retried_with_growing_delays_then_succeeds() throws Exception {
        String customer = "wr-" + UUID.randomUUID();
        OutboundMessageEvent event = event("flaky-" + UUID.randomUUID(), customer);
        String key = event.idempotencyKey().value();
        faults.failTransiently(key, 5);

        queue.publish(event).toCompletableFuture().get(10, TimeUnit.SECONDS);

        Poll.until("the message persisted after its retries", WAIT, () -> database.messagesWithKey(key) == 1);
        List<Instant> attempts = faults.attempts(key);
        assertThat(attempts).hasSize(6);
        long[] gaps = new long[5];
        for (int i = 0; i < 5; i++) {
            gaps[i] = Duration.between(attempts.get(i), attempts.get(i + 1)).toMillis();
            // equal jitter: the delay after failed attempt n is at least half of initialDelay × 2^(n-1)
            long floor = INITIAL_DELAY.toMillis() * (1L << i) / 2;
            assertThat(gaps[i]).as("delay after attempt %d", i + 1).isGreaterThanOrEqualTo(floor);
        }
        assertThat(gaps[4]).as("the last delay against the first").isGreaterThan(gaps[0]);
        assertThat(database.conversationCount(customer)).isEqualTo(1);
    }

    @Test
    void a_permanent_failure_is_a_dead_letter_that_redrive_persists_and_purge_removes() throws Exception {
        String customer = "wd-" + UUID.randomUUID();
        OutboundMessageEvent poison = event("poison-" + UUID.randomUUID(), customer);
        OutboundMessageEvent other = event("poison2-" + UUID.randomUUID(), customer);
        faults.failPermanently(poison.idempotencyKey().value());
        faults.failPermanently(other.idempotencyKey().value());

        queue.publish(poison).toCompletableFuture().get(10, TimeUnit.SECONDS);
        queue.publish(other).toCompletableFuture().get(10, TimeUnit.SECONDS);

        long poisonId = Poll.forValue("the dead letter listed", WAIT, () -> deadLetterId(poison.idempotencyKey()).orElse(null));
        long otherId = Poll.forValue("the second dead letter listed", WAIT, () -> deadLetterId(other.idempotencyKey()).orElse(null));
        assertThat(faults.attempts(poison.idempotencyKey().value())).as("no retry of a permanent failure").hasSize(1);
        assertThat(database.messagesWithKey(poison.idempotencyKey().value())).isZero();

        Map<String, Object> detail = admin(HttpRequest.GET("/admin/messaging/dead-letters/" + poisonId)).body();
        assertThat(detail).containsEntry("redrivable", true).containsEntry("attempts", 1);
        assertThat((String) detail.get("reason")).contains("permanent");
        assertThat(detail.get("message")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("idempotencyKey", poison.idempotencyKey().value()).containsEntry("body", "hello");

        faults.heal(poison.idempotencyKey().value());
        HttpResponse<Map<String, Object>> redriven = admin(HttpRequest.POST("/admin/messaging/dead-letters/" + poisonId + "/redrive", ""));
        assertThat(redriven.code()).isEqualTo(202);
        Poll.until("the redriven message persisted", WAIT, () -> database.messagesWithKey(poison.idempotencyKey().value()) == 1);
        assertThat(deadLetterId(poison.idempotencyKey())).isEmpty();

        assertThat(admin(HttpRequest.DELETE("/admin/messaging/dead-letters/" + otherId)).body()).containsEntry("purged", 1);
        assertThat(deadLetterId(other.idempotencyKey())).isEmpty();
        HttpClientResponseException gone = org.assertj.core.api.Assertions.catchThrowableOfType(HttpClientResponseException.class,
                () -> admin(HttpRequest.GET("/admin/messaging/dead-letters/" + otherId)));
        assertThat(gone.code()).isEqualTo(404);
    }

    @Test
    void the_retry_retention_and_stats_jobs_are_running_beans() {
        assertThat(context.containsBean(RetryDeliveryJob.class)).isTrue();
        assertThat(context.containsBean(DeadLetterRetentionJob.class)).isTrue();
        assertThat(context.containsBean(QueueStatsJob.class)).isTrue();
    }

    @Test
    void the_admin_endpoints_need_the_admin_key() {
        HttpClientResponseException refused = org.assertj.core.api.Assertions.catchThrowableOfType(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/admin/messaging/dead-letters"), JSON));

        assertThat(refused.code()).isEqualTo(401);
    }

    @Test
    void queue_stats_report_the_backend_and_the_metrics_are_exported() {
        Map<String, Object> stats = admin(HttpRequest.GET("/admin/messaging/queue")).body();

        assertThat(stats).containsEntry("backend", "kafka").containsEntry("workerEnabled", true).containsKeys("backlog", "deadLetters");
        String metrics = client.toBlocking().retrieve(HttpRequest.GET("/metrics"), String.class);
        assertThat(metrics).contains("messaging_enqueue_attempts_total", "messaging_worker_processed_total",
                "messaging_worker_dequeued_total", "messaging_queue_backlog", "messaging_dead_letters");
    }

    private Optional<Long> deadLetterId(IdempotencyKey key) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> letters = (List<Map<String, Object>>) admin(
                HttpRequest.GET("/admin/messaging/dead-letters?limit=500")).body().get("deadLetters");
        return letters.stream().filter(letter -> key.value().equals(letter.get("idempotencyKey")))
                .map(letter -> ((Number) letter.get("id")).longValue()).findFirst();
    }

    private HttpResponse<Map<String, Object>> admin(MutableHttpRequest<?> request) {
        return client.toBlocking().exchange(request.bearerAuth(ADMIN_KEY), JSON);
    }

    private double counter(String name) {
        return meters.find(name).counters().stream().mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
    }

    private static OutboundMessageEvent event(String key, String customer) {
        return OutboundMessageEvent.accepted(IdempotencyKey.of(key),
                new SmsMessage(CustomerId.of(customer), PhoneNumber.of("+14155552671"), Optional.empty(), "hello"), Instant.now());
    }
}
