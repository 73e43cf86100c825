package dev.switchyard.gateway.adapter.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchyard.gateway.application.port.out.ClientKeySource;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The client key the Node service keeps in Redis: field {@code apiKey} of the JSON string at
 * {@code {prefix}config}. One GET per read, bounded by the command timeout; the caller caches it. Throws
 * while Redis is unreachable (the caller then keeps the last key it read).
 */
public final class RedisClientKeySource implements ClientKeySource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RedisConnector connector;
    private final RedisAvailability redis;
    private final String configKey;

    public RedisClientKeySource(RedisConnector connector, RedisKeys keys, RedisAvailability redis) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.redis = Objects.requireNonNull(redis, "redis");
        this.configKey = keys.prefix() + "config";
    }

    @Override
    public Optional<String> currentKey() {
        String config;
        try {
            RedisAsyncCommands<String, String> commands = connector.commands(redis);
            config = commands.get(configKey).get(redis.commandTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + configKey, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(configKey + " could not be read from Redis", e);
        }
        if (config == null) {
            return Optional.empty();
        }
        JsonNode apiKey;
        try {
            apiKey = JSON.readTree(config).path("apiKey");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(configKey + " is not JSON");
        }
        return apiKey.isTextual() && !apiKey.asText().isBlank() ? Optional.of(apiKey.asText()) : Optional.empty();
    }
}
