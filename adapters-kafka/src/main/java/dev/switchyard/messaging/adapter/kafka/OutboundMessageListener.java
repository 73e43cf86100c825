package dev.switchyard.messaging.adapter.kafka;

import dev.switchyard.messaging.application.port.in.ProcessQueuedMessagesCommand;
import dev.switchyard.messaging.application.port.in.ProcessQueuedMessagesResult;
import dev.switchyard.messaging.application.port.in.ProcessQueuedMessagesUseCase;
import dev.switchyard.messaging.domain.QueuedMessage;
import dev.switchyard.messaging.domain.UndecodableMessage;
import io.micronaut.json.JsonMapper;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker on {@code QUEUE_BACKEND=kafka}: {@code WORKER_CONCURRENCY} consumers of one group take
 * batches (up to {@code messaging.worker.batch-size} records) and hand them to the worker's use case.
 * Offsets are committed synchronously after the use case returned, so only after the database
 * transaction committed. When the use case throws (PostgreSQL unreachable), the listener seeks each
 * partition back to the batch's first offset and pauses {@code messaging.worker.redelivery-pause}
 * (default 2 s) before the next poll: the batch comes again, nothing is lost, and rows already
 * stored are skipped by key. (Micronaut Kafka's own RETRY_ON_ERROR is not used: in batch mode,
 * 5.9.0 fails with a NullPointerException on a batch polled before the first assignment, and then
 * moves on past the batch.)
 */
@KafkaListener(
        groupId = "${messaging.kafka.group-id:switchyard-messaging-worker}",
        clientId = "switchyard-messaging-worker",
        batch = true,
        threadsValue = "${messaging.worker.concurrency:4}",
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC,
        properties = {
            @Property(name = ConsumerConfig.MAX_POLL_RECORDS_CONFIG, value = "${messaging.worker.batch-size:500}"),
            @Property(name = ConsumerConfig.FETCH_MIN_BYTES_CONFIG, value = "1"),
        })
@Requires(property = "messaging.queue.backend", value = "kafka", defaultValue = "kafka")
@Requires(property = "messaging.worker.enabled", value = "true", defaultValue = "true")
final class OutboundMessageListener {

    private static final Logger LOG = LoggerFactory.getLogger(OutboundMessageListener.class);

    private final ProcessQueuedMessagesUseCase worker;
    private final OutboundMessageEventCodec codec;
    private final Duration redeliveryPause;

    OutboundMessageListener(ProcessQueuedMessagesUseCase worker, JsonMapper json,
            @Value("${messaging.worker.redelivery-pause:2s}") Duration redeliveryPause) {
        this.worker = worker;
        this.codec = new OutboundMessageEventCodec(json);
        this.redeliveryPause = redeliveryPause;
    }

    @Topic("${messaging.kafka.topic:switchyard.messaging.outbound.v1}")
    void receive(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
        List<QueuedMessage> messages = new ArrayList<>(records.size());
        List<UndecodableMessage> undecodable = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                messages.add(QueuedMessage.firstDelivery(codec.decode(record.value())));
            } catch (IllegalArgumentException e) {
                undecodable.add(new UndecodableMessage(
                        "kafka:" + record.topic() + "/" + record.partition() + "@" + record.offset(),
                        record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8),
                        e.getMessage()));
            }
        }
        try {
            ProcessQueuedMessagesResult result = worker.process(new ProcessQueuedMessagesCommand(messages, undecodable));
            LOG.debug("batch of {} records processed: {}", records.size(), result);
        } catch (RuntimeException e) {
            LOG.warn("batch of {} records not processed, delivering it again in {} ms: {}",
                    records.size(), redeliveryPause.toMillis(), e.getMessage());
            seekBack(records, consumer);
            LockSupport.parkNanos(redeliveryPause.toNanos());
        }
    }

    /** Points every partition of the batch back at the batch's first record there. */
    private static void seekBack(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
        Map<TopicPartition, Long> first = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            first.merge(new TopicPartition(record.topic(), record.partition()), record.offset(), Math::min);
        }
        first.forEach(consumer::seek);
    }
}
