package dev.switchyard.testkit.servers;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/**
 * Base class for {@code @MicronautTest} classes that need real PostgreSQL, Redis and Kafka:
 * extend it and the context is pointed at the servers of this JVM (started once, in parallel).
 * Override {@link #extraProperties()} to add test-specific settings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class WithRealServers implements TestPropertyProvider {

    @Override
    public final Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServers.all());
        properties.putAll(extraProperties());
        return properties;
    }

    protected Map<String, String> extraProperties() {
        return Map.of();
    }
}
