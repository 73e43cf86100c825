package dev.switchyard.messaging.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.messaging.application.port.out.MessageQueue;
import dev.switchyard.messaging.domain.OutboundMessageEvent;
import dev.switchyard.messaging.testkit.MessageQueueContract;
import dev.switchyard.messaging.testkit.MessagingFixtures;
import dev.switchyard.testkit.await.Poll;
import dev.switchyard.testkit.servers.FreePort;
import dev.switchyard.testkit.servers.RealServers;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaMessageQueueIT extends MessageQueueContract {

    private final String topic = "messaging-queue-it-" + UUID.randomUUID();
    private ApplicationContext context;
    private ApplicationContext unreachable;
    private KafkaConsumer<String, byte[]> consumer;
    private OutboundMessageEventCodec codec;

    @BeforeAll
    void start() {
        context = ApplicationContext.run(properties(RealServers.kafka().bootstrapServers()));
        codec = new OutboundMessageEventCodec(context.getBean(io.micronaut.json.JsonMapper.class));
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealServers.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "contract-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
    }

    @AfterAll
    void stop() {
        consumer.close();
        context.close();
        if (unreachable != null) {
            unreachable.close();
        }
    }

    private Map<String, Object> properties(String bootstrapServers) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("kafka.bootstrap.servers", bootstrapServers);
        properties.put("messaging.kafka.topic", topic);
        properties.put("messaging.kafka.topic-partitions", 3);
        properties.put("messaging.kafka.group-id", "it-worker-" + topic);
        properties.put("messaging.worker.enabled", "false");
        properties.put("kafka.producers.messaging.linger.ms", "5");
        properties.put("kafka.producers.messaging.max.block.ms", "1000");
        properties.put("kafka.producers.messaging.request.timeout.ms", "1000");
        properties.put("kafka.producers.messaging.delivery.timeout.ms", "2000");
        return properties;
    }

    @Override
    protected MessageQueue queue() {
        return context.getBean(KafkaMessageQueue.class);
    }

    @Override
    protected List<OutboundMessageEvent> receive(int expected, Duration within) {
        List<OutboundMessageEvent> received = new ArrayList<>();
        Poll.until(expected + " events on " + topic, within, () -> {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                OutboundMessageEvent event = codec.decode(record.value());
                assertThat(record.key()).isEqualTo(event.message().customerId().value());
                received.add(event);
            }
            return received.size() >= expected;
        });
        return received;
    }

    @Override
    protected MessageQueue unavailableQueue() {
        unreachable = ApplicationContext.run(properties("127.0.0.1:" + FreePort.next()));
        return unreachable.getBean(KafkaMessageQueue.class);
    }

    @Test
    void the_backlog_is_the_worker_groups_lag() throws Exception {
        MessageQueue queue = queue();
        queue.publish(MessagingFixtures.smsEvent("lag-" + UUID.randomUUID())).toCompletableFuture().get(30, TimeUnit.SECONDS);

        Poll.untilAsserted(Duration.ofSeconds(30),
                () -> assertThat(queue.backlog().orElse(0)).isPositive());
    }

    @Test
    void a_broker_that_does_not_answer_leaves_the_backlog_unknown() {
        if (unreachable == null) {
            unreachable = ApplicationContext.run(properties("127.0.0.1:" + FreePort.next()));
        }
        assertThat(unreachable.getBean(KafkaMessageQueue.class).backlog()).isEqualTo(OptionalLong.empty());
    }
}
