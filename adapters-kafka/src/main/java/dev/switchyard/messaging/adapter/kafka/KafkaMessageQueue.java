package dev.switchyard.messaging.adapter.kafka;

import dev.switchyard.messaging.application.port.out.MessageQueue;
import dev.switchyard.messaging.domain.OutboundMessageEvent;
import io.micronaut.json.JsonMapper;
import io.micronaut.configuration.kafka.ProducerRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code QUEUE_BACKEND=kafka}: one record per event on the messaging topic, keyed by customer id so
 * one customer's messages share a partition and keep their order. {@link #publish} completes when
 * the broker acknowledged the record (acks=all, idempotent producer: Kafka's defaults, and
 * {@code kafka.producers.messaging.*} tunes the rest); the producer batches concurrent sends itself
 * and its callback completes the request, so no thread waits per request.
 */
@Singleton
@Requires(property = "messaging.queue.backend", value = "kafka", defaultValue = "kafka")
final class KafkaMessageQueue implements MessageQueue {

    static final String PRODUCER_ID = "messaging";
    private static final Logger LOG = LoggerFactory.getLogger(KafkaMessageQueue.class);
    private static final Duration BACKLOG_TIMEOUT = Duration.ofSeconds(2);

    private final Producer<String, byte[]> producer;
    private final OutboundMessageEventCodec codec;
    private final MessagingTopic topic;
    private final ExecutorService completions =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("messaging-kafka-ack-", 0).factory());

    KafkaMessageQueue(ProducerRegistry producers, JsonMapper json, MessagingTopic topic) {
        this.producer = producers.getProducer(PRODUCER_ID, Argument.STRING, Argument.of(byte[].class));
        this.codec = new OutboundMessageEventCodec(json);
        this.topic = topic;
    }

    @Override
    public CompletionStage<Void> publish(OutboundMessageEvent event) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(topic.name(), event.message().customerId().value(), codec.encode(event));
        producer.send(record, (metadata, failure) -> completeOffTheSender(() -> {
            if (failure == null) {
                acknowledged.complete(null);
            } else {
                acknowledged.completeExceptionally(failure);
            }
        }));
        return acknowledged;
    }

    /**
     * The producer calls back on its one I/O thread; completing there would run the whole rest of
     * the request (response, filters, access log) on it and serialise every request behind it
     * (Kafka's javadoc: move expensive callbacks to your own executor). A virtual thread per
     * acknowledgement hands it to the CPUs instead.
     */
    private void completeOffTheSender(Runnable completion) {
        try {
            completions.execute(completion);
        } catch (RejectedExecutionException closing) {
            completion.run();
        }
    }

    /** Consumer lag of the worker's group: end offsets minus committed offsets, over every partition. */
    @Override
    public OptionalLong backlog() {
        try {
            return OptionalLong.of(topic.lag(BACKLOG_TIMEOUT));
        } catch (RuntimeException e) {
            LOG.debug("consumer lag unknown: {}", e.toString());
            return OptionalLong.empty();
        }
    }

    @PreDestroy
    void flush() {
        // requests still waiting for their acknowledgement get it (or their failure) before the producer closes
        producer.flush();
        completions.close();
    }

}
