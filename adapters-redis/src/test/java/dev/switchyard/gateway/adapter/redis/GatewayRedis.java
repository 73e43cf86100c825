package dev.switchyard.gateway.adapter.redis;

import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.CooldownPolicy;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.PoolOutagePolicy;
import dev.switchyard.gateway.testkit.NodePoolFixtures;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/** A Lettuce connection to a test Redis, fresh key prefixes, and the Node service's way of seeding the pool. */
final class GatewayRedis implements AutoCloseable {

    static final Duration COMMAND_TIMEOUT = Duration.ofMillis(500);

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;

    GatewayRedis(String uri) {
        RedisURI redisUri = RedisURI.create(uri);
        redisUri.setTimeout(Duration.ofSeconds(2));
        this.client = RedisClient.create(redisUri);
        this.connection = client.connect();
    }

    StatefulRedisConnection<String, String> connection() {
        return connection;
    }

    RedisConnector connector() {
        return RedisConnector.of(connection);
    }

    RedisCommands<String, String> sync() {
        return connection.sync();
    }

    /** A prefix no other test uses, so tests share one Redis without seeing each other. */
    static RedisKeys freshKeys() {
        return new RedisKeys("it-" + UUID.randomUUID() + ":");
    }

    /** Writes an account as the Node service does: its node in the pool hash and its token record. */
    void seed(RedisKeys keys, Account account, KiroCredentials credentials) {
        String uuid = account.id().value();
        sync().hset(keys.pool(), uuid, NodePoolFixtures.nodeJson(uuid, account.name()));
        sync().set(keys.tokens(uuid), NodePoolFixtures.tokensJson(credentials));
    }

    RedisAvailability availability() {
        return new RedisAvailability(COMMAND_TIMEOUT, new SimpleMeterRegistry());
    }

    RedisAccountPool pool(RedisKeys keys, Clock clock, Duration cacheTtl) {
        return pool(keys, clock, cacheTtl, availability());
    }

    RedisAccountPool pool(RedisKeys keys, Clock clock, Duration cacheTtl, RedisAvailability availability) {
        return pool(keys, clock, cacheTtl, Duration.ofMillis(200), availability);
    }

    RedisAccountPool pool(RedisKeys keys, Clock clock, Duration cacheTtl, Duration writeInterval, RedisAvailability availability) {
        return new RedisAccountPool(connector(), keys, availability, new RedisAccountPool.Settings(CooldownPolicy.DEFAULTS,
                PoolOutagePolicy.DEFAULTS, cacheTtl, writeInterval), clock, new SimpleMeterRegistry());
    }

    RedisCredentialStore credentials(RedisKeys keys, Duration cacheTtl) {
        return new RedisCredentialStore(connector(), keys, availability(), cacheTtl, Duration.ofMillis(200), new SimpleMeterRegistry());
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
