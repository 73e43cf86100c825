package dev.switchyard.messaging.adapter.kafka;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messaging topic and the worker's consumer group, as the admin client sees them: the topic is
 * created with {@code messaging.kafka.topic-partitions} partitions when missing (in the background,
 * at start-up but in the background, so start-up never waits for Kafka), and the group's lag is
 * what the backlog reports.
 */
@Context
@Requires(property = "messaging.queue.backend", value = "kafka", defaultValue = "kafka")
final class MessagingTopic implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MessagingTopic.class);
    private static final int ADMIN_TIMEOUT_MS = 5_000;

    private final String name;
    private final String groupId;
    private final Admin admin;

    MessagingTopic(@Value("${kafka.bootstrap.servers}") String bootstrapServers,
            @Value("${messaging.kafka.topic:switchyard.messaging.outbound.v1}") String name,
            @Value("${messaging.kafka.group-id:switchyard-messaging-worker}") String groupId,
            @Value("${messaging.kafka.topic-partitions:12}") int partitions,
            @Value("${messaging.kafka.topic-replication-factor:1}") short replicationFactor) {
        this.name = name;
        this.groupId = groupId;
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "switchyard-messaging-admin",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ADMIN_TIMEOUT_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ADMIN_TIMEOUT_MS));
        admin.createTopics(List.of(new NewTopic(name, partitions, replicationFactor))).all().whenComplete((ignored, failure) -> {
            if (failure == null) {
                LOG.info("created Kafka topic {} with {} partitions", name, partitions);
            } else if (!(failure instanceof TopicExistsException) && !(failure.getCause() instanceof TopicExistsException)) {
                LOG.warn("could not create Kafka topic {} (the broker may create it on first use): {}", name, failure.toString());
            }
        });
    }

    String name() {
        return name;
    }

    String groupId() {
        return groupId;
    }

    /** Every call below waits at most {@code timeout}; a broker that does not answer makes the lag unknown. */
    long lag(Duration timeout) {
        long millis = timeout.toMillis();
        try {
                TopicDescription description = admin.describeTopics(List.of(name)).allTopicNames()
                        .get(millis, TimeUnit.MILLISECONDS).get(name);
                Set<TopicPartition> partitions = description.partitions().stream()
                        .map(partition -> new TopicPartition(name, partition.partition()))
                        .collect(Collectors.toSet());
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                        .partitionsToOffsetAndMetadata().get(millis, TimeUnit.MILLISECONDS);
                Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest(), millis);
                Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest(), millis);
                long lag = 0;
                for (TopicPartition partition : partitions) {
                    OffsetAndMetadata done = committed.get(partition);
                    long from = done == null ? starts.get(partition) : done.offset();
                    lag += Math.max(0, ends.get(partition) - from);
                }
                return lag;
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("consumer lag unknown: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec, long millis)
            throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result =
                admin.listOffsets(request).all().get(millis, TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        result.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    @Override
    @PreDestroy
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }

}
