package dev.switchyard.messaging.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.testkit.await.Poll;
import dev.switchyard.testkit.servers.RealServers;
import io.micronaut.configuration.kafka.ConsumerRegistry;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A graceful stop does not sit out its whole grace period because of the worker's Kafka listeners:
 * their poll loops are stopped when the shutdown starts (they used to hold every stop for 30 s).
 */
class GracefulStopWithKafkaListenersIT {

    private static final Duration GRACE_PERIOD = Duration.ofSeconds(40);

    @Test
    void the_app_stops_well_within_the_grace_period_while_its_kafka_listeners_run() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> properties = new HashMap<>(RealServers.all());
        properties.put("messaging.queue.backend", "kafka");
        properties.put("messaging.worker.enabled", "true");
        properties.put("messaging.kafka.topic", "it.stop." + run);
        properties.put("messaging.kafka.group-id", "it.stop." + run);
        properties.put("micronaut.lifecycle.graceful-shutdown.grace-period", GRACE_PERIOD.toSeconds() + "s");
        ApplicationContext app = ApplicationContext.run(properties);
        ConsumerRegistry consumers = app.getBean(ConsumerRegistry.class);
        Poll.until("the worker's Kafka listeners have partitions", Duration.ofSeconds(60),
                () -> consumers.getConsumerIds().stream().anyMatch(id -> hasPartitions(consumers, id)));

        long started = System.nanoTime();
        app.stop();
        Duration stopping = Duration.ofNanos(System.nanoTime() - started);

        assertThat(stopping).isLessThan(GRACE_PERIOD.dividedBy(2));
    }

    /** Micronaut Kafka throws for a consumer that has had no assignment yet. */
    private static boolean hasPartitions(ConsumerRegistry consumers, String id) {
        try {
            return !consumers.getConsumerAssignment(id).isEmpty();
        } catch (IllegalArgumentException notAssignedYet) {
            return false;
        }
    }
}
