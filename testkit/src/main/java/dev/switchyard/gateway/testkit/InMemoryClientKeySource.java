package dev.switchyard.gateway.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchyard.gateway.application.port.out.ClientKeySource;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The shared config ({@code {prefix}config}) held in memory as the JSON text Redis would hold; it
 * can be made unreachable, as a Redis outage would. Held to {@link ClientKeySourceContract}.
 */
public final class InMemoryClientKeySource implements ClientKeySource {

    private final AtomicInteger reads = new AtomicInteger();
    private volatile String configJson;
    private volatile boolean unreachable;

    public InMemoryClientKeySource storeConfig(String json) {
        this.configJson = json;
        return this;
    }

    public InMemoryClientKeySource deleteConfig() {
        this.configJson = null;
        return this;
    }

    /** Stores a config whose {@code apiKey} is {@code apiKey}. */
    public InMemoryClientKeySource set(String apiKey) {
        return storeConfig("{\"apiKey\":" + Json.quote(apiKey) + "}");
    }

    public InMemoryClientKeySource unreachable(boolean unreachable) {
        this.unreachable = unreachable;
        return this;
    }

    public int reads() {
        return reads.get();
    }

    @Override
    public Optional<String> currentKey() {
        reads.incrementAndGet();
        if (unreachable) {
            throw new IllegalStateException("the shared config store is unreachable");
        }
        String json = configJson;
        if (json == null) {
            return Optional.empty();
        }
        JsonNode config;
        try {
            config = Json.read(json);
        } catch (IllegalArgumentException malformed) {
            throw new IllegalStateException("the shared config is not JSON", malformed);
        }
        JsonNode apiKey = config.path("apiKey");
        return apiKey.isTextual() && !apiKey.asText().isBlank() ? Optional.of(apiKey.asText()) : Optional.empty();
    }
}
