package dev.switchyard.messaging.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.messaging.application.port.in.ProcessQueuedMessagesCommand;
import dev.switchyard.messaging.application.port.in.ProcessQueuedMessagesResult;
import dev.switchyard.messaging.application.port.in.ProcessQueuedMessagesUseCase;
import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.domain.UndecodableMessage;
import dev.switchyard.messaging.testkit.MessagingFixtures;
import dev.switchyard.testkit.await.Poll;
import dev.switchyard.testkit.servers.RealServers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class OutboundMessageListenerIT {

    /** A worker that fails a number of batches first, then records what it was given. */
    @Singleton
    @Requires(property = "spec.name", value = "OutboundMessageListenerIT")
    static final class ScriptedWorker implements ProcessQueuedMessagesUseCase {
        final AtomicInteger failuresLeft = new AtomicInteger();
        final Set<IdempotencyKey> processed = ConcurrentHashMap.newKeySet();
        final AtomicInteger deliveries = new AtomicInteger();
        final List<UndecodableMessage> undecodable = new CopyOnWriteArrayList<>();

        @Override
        public ProcessQueuedMessagesResult process(ProcessQueuedMessagesCommand command) {
            deliveries.addAndGet(command.messages().size());
            if (!command.messages().isEmpty() && failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("message store unavailable (scripted)");
            }
            command.messages().forEach(message -> processed.add(message.key()));
            undecodable.addAll(command.undecodable());
            return new ProcessQueuedMessagesResult(command.messages().size(), 0, 0, command.undecodable().size());
        }
    }

    @Test
    void a_batch_the_worker_cannot_take_is_delivered_again_and_bad_records_are_handed_over_as_undecodable() throws Exception {
        String topic = "messaging-listener-it-" + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealServers.kafka().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
                ApplicationContext context = ApplicationContext.run(Map.of(
                        "spec.name", "OutboundMessageListenerIT",
                        "kafka.bootstrap.servers", RealServers.kafka().bootstrapServers(),
                        "messaging.kafka.topic", topic,
                        "messaging.kafka.group-id", "it-" + topic,
                        "messaging.worker.concurrency", "2"))) {
            ScriptedWorker worker = context.getBean(ScriptedWorker.class);
            worker.failuresLeft.set(2);
            OutboundMessageEventCodec codec = new OutboundMessageEventCodec(context.getBean(io.micronaut.json.JsonMapper.class));

            for (int i = 0; i < 20; i++) {
                var event = MessagingFixtures.smsEvent("listener-" + i);
                producer.send(new ProducerRecord<>(topic, event.message().customerId().value(), codec.encode(event)));
            }
            producer.send(new ProducerRecord<>(topic, "c", "{\"schema_version\":7}".getBytes(StandardCharsets.UTF_8)))
                    .get(30, TimeUnit.SECONDS);

            Poll.until("all 20 events processed after two failed batches", Duration.ofSeconds(60),
                    () -> worker.processed.size() == 20 && worker.undecodable.size() == 1);
            assertThat(worker.deliveries.get()).isGreaterThan(20);
            assertThat(worker.undecodable.getFirst().reason()).isEqualTo("unsupported schema_version 7");
            assertThat(worker.undecodable.getFirst().source()).startsWith("kafka:" + topic + "/");
        }
    }
}
