package dev.switchyard.messaging.acceptance;

import dev.switchyard.testkit.servers.RealServers;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;

/** QUEUE_BACKEND=kafka: the events queued are the records on the topic (the sum of its partitions' end offsets). */
@MicronautTest
class KafkaMessagesApiIT extends MessagesApiContract {

    @Value("${messaging.kafka.topic}")
    String topic;

    private Admin admin;

    @Override
    String backend() {
        return "kafka";
    }

    @Override
    long eventsQueued() {
        try {
            if (admin == null) {
                admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealServers.kafka().bootstrapServers()));
            }
            TopicDescription description = admin.describeTopics(java.util.List.of(topic)).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get(topic);
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            description.partitions().forEach(partition -> latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).values().stream()
                    .mapToLong(info -> info.offset()).sum();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void closeAdmin() {
        if (admin != null) {
            admin.close();
        }
    }
}
