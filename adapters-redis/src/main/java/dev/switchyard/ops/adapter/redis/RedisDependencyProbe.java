package dev.switchyard.ops.adapter.redis;

import dev.switchyard.ops.application.port.out.DependencyProbe;
import dev.switchyard.ops.domain.DependencyName;
import dev.switchyard.ops.domain.ProbeOutcome;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Redis is up when PING answers PONG in time. The connection is taken lazily, so the application
 * starts, and reports Redis down, when Redis is unreachable at start-up.
 */
@Singleton
final class RedisDependencyProbe implements DependencyProbe {

    private static final DependencyName NAME = DependencyName.of("redis");

    private final BeanProvider<StatefulRedisConnection<String, String>> connection;

    RedisDependencyProbe(BeanProvider<StatefulRedisConnection<String, String>> connection) {
        this.connection = connection;
    }

    @Override
    public DependencyName name() {
        return NAME;
    }

    @Override
    public ProbeOutcome probe(Duration timeout) {
        try {
            String reply = connection.get().async().ping().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return "PONG".equals(reply) ? ProbeOutcome.up() : ProbeOutcome.down("unexpected PING reply: " + reply);
        } catch (TimeoutException e) {
            return ProbeOutcome.down("no PONG within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            return ProbeOutcome.down(e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProbeOutcome.down("interrupted");
        } catch (RuntimeException e) {
            return ProbeOutcome.down("no connection: " + e.getMessage());
        }
    }
}
