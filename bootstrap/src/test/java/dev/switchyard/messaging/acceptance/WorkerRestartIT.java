package dev.switchyard.messaging.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.messaging.application.port.in.EnqueueMessageCommand;
import dev.switchyard.messaging.application.port.in.EnqueueMessageResult;
import dev.switchyard.messaging.application.port.in.EnqueueMessageUseCase;
import dev.switchyard.messaging.domain.CustomerId;
import dev.switchyard.messaging.domain.PhoneNumber;
import dev.switchyard.messaging.domain.SmsMessage;
import dev.switchyard.testkit.await.Poll;
import dev.switchyard.testkit.servers.RealServers;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;

/**
 * 10,000 messages accepted on Kafka; a worker (its own Micronaut context, slowed to 200 ms a batch so
 * the stop lands mid-stream) is stopped in the middle of them and a new one started: every message is in PostgreSQL exactly once, and the conversations'
 * counters add up to 10,000.
 */
class WorkerRestartIT {

    private static final int MESSAGES = 10_000;
    private static final int CUSTOMERS = 50;

    @Test
    void a_worker_stopped_mid_stream_and_restarted_persists_every_accepted_message_exactly_once() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String customerPrefix = "restart-" + run + "-";
        Map<String, Object> properties = new HashMap<>(RealServers.all());
        properties.put("messaging.queue.backend", "kafka");
        properties.put("messaging.kafka.topic", "it.restart." + run);
        properties.put("messaging.kafka.group-id", "it.restart." + run);
        properties.put("messaging.worker.batch-size", "100");
        properties.put("messaging.worker.concurrency", "2");
        properties.put("micronaut.lifecycle.graceful-shutdown.grace-period", "2s");
        // a loaded CI machine must not turn a slow acknowledgement into a refused message here
        properties.put("messaging.enqueue.timeout", "30s");
        properties.put("kafka.producers.messaging.delivery.timeout.ms", "30000");
        properties.put("kafka.producers.messaging.request.timeout.ms", "20000");
        properties.put("kafka.producers.messaging.max.block.ms", "20000");

        try (ApplicationContext api = context(properties, false)) {
            awaitTopicLeaders("it.restart." + run);
            accept(api.getBean(EnqueueMessageUseCase.class), customerPrefix);
            MessagingDatabase database = new MessagingDatabase();
            assertThat(database.messages(customerPrefix)).as("nothing persisted without a worker").isZero();

            Map<String, Object> slow = new HashMap<>(properties);
            slow.put("spec.name", "WorkerRestartIT-slow");
            ApplicationContext firstWorker = context(slow, true);
            Poll.until("the first worker persisting some messages", Duration.ofSeconds(60),
                    () -> database.messages(customerPrefix) >= 500);
            firstWorker.close();
            long persistedByFirst = database.messages(customerPrefix);
            assertThat(persistedByFirst).as("stopped in the middle").isBetween(500L, MESSAGES - 1L);

            try (ApplicationContext secondWorker = context(properties, true)) {
                Poll.until("all messages persisted after the restart", Duration.ofSeconds(120),
                        () -> database.messages(customerPrefix) >= MESSAGES);
                // give a wrongly redelivered batch the time to show up as extra rows
                Thread.sleep(1000);
            }
            assertThat(database.messages(customerPrefix)).isEqualTo(MESSAGES);
            assertThat(database.distinctKeys(customerPrefix)).isEqualTo(MESSAGES);
            assertThat(database.conversationCount(customerPrefix)).isEqualTo(MESSAGES);
        }
    }

    private static void accept(EnqueueMessageUseCase enqueue, String customerPrefix) throws Exception {
        // 500 requests in flight at a time, as concurrent HTTP clients would send them
        for (int window = 0; window < MESSAGES; window += 500) {
            List<CompletableFuture<EnqueueMessageResult>> results = new ArrayList<>(500);
            for (int i = window; i < Math.min(MESSAGES, window + 500); i++) {
                SmsMessage sms = new SmsMessage(CustomerId.of(customerPrefix + (i % CUSTOMERS)), PhoneNumber.of("+14155552671"),
                        Optional.empty(), "message " + i);
                results.add(enqueue.enqueue(new EnqueueMessageCommand(sms, Optional.empty())).toCompletableFuture());
            }
            CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            for (CompletableFuture<EnqueueMessageResult> result : results) {
                assertThat(result.get()).isInstanceOf(EnqueueMessageResult.Accepted.class);
            }
        }
    }

    /**
     * The app creates its topic in the background at start; a burst sent before every partition has a
     * leader met NOT_LEADER_OR_FOLLOWER and then out-of-order sequence retries on the one-broker test Kafka.
     */
    private static void awaitTopicLeaders(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealServers.kafka().bootstrapServers()))) {
            Poll.until("every partition of " + topic + " has a leader", Duration.ofSeconds(30), () -> {
                try {
                    TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                            .get(5, TimeUnit.SECONDS).get(topic);
                    return description.partitions().stream().allMatch(partition -> partition.leader() != null);
                } catch (ExecutionException | TimeoutException notYetCreated) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            });
        }
    }

    private static ApplicationContext context(Map<String, Object> properties, boolean worker) {
        Map<String, Object> own = new HashMap<>(properties);
        own.put("messaging.worker.enabled", Boolean.toString(worker));
        return ApplicationContext.builder().properties(own).environments("test").start();
    }
}
