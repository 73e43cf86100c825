package dev.switchyard.gateway.adapter.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchyard.gateway.application.port.out.ClientKeySource;
import java.util.Objects;
import java.util.Optional;

/**
 * The client key the Node.js service keeps in its main config: {@code apiKey} of the JSON string at
 * {@code {prefix}config} (kiro-protocol.md §5.6). One {@code GET} per read; the use case caches it.
 */
public final class RedisClientKeySource implements ClientKeySource {

    private final RedisConnector connector;
    private final RedisKeys keys;
    private final RedisAvailability redis;

    public RedisClientKeySource(RedisConnector connector, RedisKeys keys, RedisAvailability redis) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.redis = Objects.requireNonNull(redis, "redis");
    }

    @Override
    public Optional<String> currentKey() {
        String json = redis.await("GET config", connector.commands(redis).get(keys.config()));
        if (json == null) {
            return Optional.empty();
        }
        JsonNode apiKey;
        try {
            apiKey = NodePoolEntry.JSON.readTree(json).path("apiKey");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(keys.config() + " is not JSON", e);
        }
        return apiKey.isTextual() && !apiKey.asText().isBlank() ? Optional.of(apiKey.asText()) : Optional.empty();
    }
}
