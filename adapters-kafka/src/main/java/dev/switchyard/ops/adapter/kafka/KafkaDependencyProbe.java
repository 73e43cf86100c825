package dev.switchyard.ops.adapter.kafka;

import dev.switchyard.ops.application.port.out.DependencyProbe;
import dev.switchyard.ops.domain.DependencyName;
import dev.switchyard.ops.domain.ProbeOutcome;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;

/** Kafka is up when the cluster describes at least one live broker in time. */
@Singleton
final class KafkaDependencyProbe implements DependencyProbe, AutoCloseable {

    private static final DependencyName NAME = DependencyName.of("kafka");

    private final String bootstrapServers;
    private volatile Admin admin;

    KafkaDependencyProbe(@Value("${kafka.bootstrap.servers}") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public DependencyName name() {
        return NAME;
    }

    @Override
    public ProbeOutcome probe(Duration timeout) {
        int millis = (int) Math.max(1, timeout.toMillis());
        try {
            Collection<Node> nodes = admin()
                    .describeCluster(new DescribeClusterOptions().timeoutMs(millis))
                    .nodes()
                    .get(millis, TimeUnit.MILLISECONDS);
            return nodes.isEmpty() ? ProbeOutcome.down("no broker in the cluster") : ProbeOutcome.up();
        } catch (TimeoutException e) {
            return ProbeOutcome.down("no broker answered within " + millis + " ms");
        } catch (ExecutionException e) {
            return ProbeOutcome.down(e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProbeOutcome.down("interrupted");
        }
    }

    private Admin admin() {
        Admin current = admin;
        if (current == null) {
            synchronized (this) {
                current = admin;
                if (current == null) {
                    current = Admin.create(Map.of(
                            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            AdminClientConfig.CLIENT_ID_CONFIG, "switchyard-readiness",
                            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000,
                            AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 5_000));
                    admin = current;
                }
            }
        }
        return current;
    }

    @Override
    @PreDestroy
    public void close() {
        Admin current = admin;
        if (current != null) {
            current.close(Duration.ofSeconds(2));
        }
    }
}
