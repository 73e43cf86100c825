package dev.switchyard.messaging.adapter.kafka;

import io.micronaut.configuration.kafka.ConsumerRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the Kafka listeners when a graceful shutdown starts. Their poll loops run on an executor that
 * the graceful shutdown waits for, and they end only when the consumers close, which Micronaut Kafka
 * does after the shutdown: without this, every stop waited the whole grace period (30 s). A batch cut
 * short is not committed and comes again to the next worker, where it is stored once (insert-or-ignore).
 */
// a bean of its own (@Bean): @Singleton is for driven adapters, which implement output ports
@Bean
@Requires(beans = ConsumerRegistry.class)
final class KafkaListenersGracefulStop implements GracefulShutdownCapable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaListenersGracefulStop.class);

    private final ConsumerRegistry consumers;

    KafkaListenersGracefulStop(ConsumerRegistry consumers) {
        this.consumers = consumers;
    }

    @Override
    public CompletionStage<?> shutdownGracefully() {
        if (!(consumers instanceof AutoCloseable closeable)) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> {
            try {
                closeable.close();
                LOG.info("Kafka listeners stopped for the shutdown");
            } catch (Exception e) {
                LOG.warn("Kafka listeners did not stop cleanly: {}", e.toString());
            }
        }, task -> Thread.ofPlatform().name("kafka-listeners-stop").start(task));
    }
}
