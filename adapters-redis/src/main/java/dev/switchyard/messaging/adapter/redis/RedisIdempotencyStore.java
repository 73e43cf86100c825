package dev.switchyard.messaging.adapter.redis;

import dev.switchyard.messaging.application.port.out.IdempotencyClaim;
import dev.switchyard.messaging.application.port.out.IdempotencyStore;
import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.domain.RequestFingerprint;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Client idempotency keys in Redis, shared by every replica: one string per key,
 * {@code P:<fingerprint>} while its request is being enqueued, {@code A:<fingerprint>} once accepted,
 * each with its own expiry. Every operation is one Lua script, so one round trip and atomic;
 * Lettuce pipelines concurrent requests on one connection. No call waits longer than {@code timeout}.
 */
@Singleton
@Requires(property = "messaging.queue.backend", value = "kafka", defaultValue = "kafka")
final class RedisIdempotencyStore implements IdempotencyStore {

    /** Returns the current value, or sets the pending claim and returns nil. */
    private static final String CLAIM = """
            local current = redis.call('GET', KEYS[1])
            if current then return current end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return false
            """;
    /** Replaces this request's pending claim by its accepted mark. */
    private static final String CONFIRM = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
            end
            return 1
            """;
    /** Deletes this request's pending claim, and nothing else. */
    private static final String RELEASE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
            return 1
            """;
    private static final String PENDING = "P:";
    private static final String ACCEPTED = "A:";

    private final BeanProvider<StatefulRedisConnection<String, String>> connection;
    private final String keyPrefix;
    private final Duration timeout;

    RedisIdempotencyStore(BeanProvider<StatefulRedisConnection<String, String>> connection,
            @Value("${messaging.idempotency.redis.key-prefix:`switchyard:messaging:idempotency:`}") String keyPrefix,
            @Value("${messaging.idempotency.redis.timeout:2s}") Duration timeout) {
        this.connection = connection;
        this.keyPrefix = keyPrefix;
        this.timeout = timeout;
    }

    @Override
    public CompletionStage<IdempotencyClaim> claim(IdempotencyKey key, RequestFingerprint fingerprint, Duration pendingTtl) {
        return this.<String>eval(CLAIM, ScriptOutputType.VALUE, redisKey(key),
                PENDING + fingerprint.hex(), Long.toString(pendingTtl.toMillis()))
                .thenApply(current -> {
                    if (current == null) {
                        return IdempotencyClaim.CLAIMED;
                    }
                    if (!current.endsWith(fingerprint.hex())) {
                        return IdempotencyClaim.MISMATCH;
                    }
                    return current.startsWith(ACCEPTED) ? IdempotencyClaim.ALREADY_ACCEPTED : IdempotencyClaim.IN_PROGRESS;
                });
    }

    @Override
    public CompletionStage<Void> confirm(IdempotencyKey key, RequestFingerprint fingerprint, Duration acceptedTtl) {
        return this.<Long>eval(CONFIRM, ScriptOutputType.INTEGER, redisKey(key),
                PENDING + fingerprint.hex(), ACCEPTED + fingerprint.hex(), Long.toString(acceptedTtl.toMillis()))
                .thenApply(ignored -> null);
    }

    @Override
    public CompletionStage<Void> release(IdempotencyKey key, RequestFingerprint fingerprint) {
        return this.<Long>eval(RELEASE, ScriptOutputType.INTEGER, redisKey(key), PENDING + fingerprint.hex())
                .thenApply(ignored -> null);
    }

    private String redisKey(IdempotencyKey key) {
        return keyPrefix + key.value();
    }

    private <T> CompletableFuture<T> eval(String script, ScriptOutputType type, String key, String... arguments) {
        try {
            return connection.get().async().<T>eval(script, type, new String[] {key}, arguments)
                    .toCompletableFuture()
                    .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException noConnection) {
            return CompletableFuture.failedFuture(noConnection);
        }
    }
}
