package dev.switchyard.bench.gatewayapi;

import dev.switchyard.gateway.testkit.NodePoolFixtures;
import dev.switchyard.testkit.servers.RedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A real Redis holding one Kiro account as the Node service writes it (pool hash + token record, token
 * valid until 2099), for running the gateway on its production pool adapters instead of {@link BenchAccounts}.
 */
final class SharedRedisPool implements AutoCloseable {

    static final String PREFIX = "bench:";
    private static final String ACCOUNT = "5e1f0b8c-bench-4c1d-9a55-0000000000a1";

    private final RedisServer redis;

    private SharedRedisPool(RedisServer redis) {
        this.redis = redis;
    }

    static SharedRedisPool start(Path workDir) {
        SharedRedisPool pool = new SharedRedisPool(RedisServer.start(workDir));
        pool.seed();
        return pool;
    }

    private void seed() {
        RedisURI uri = RedisURI.create(redis.uri());
        uri.setTimeout(Duration.ofSeconds(5));
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().hset(NodePoolFixtures.poolKey(PREFIX), ACCOUNT, NodePoolFixtures.nodeJson(ACCOUNT, "bench"));
            connection.sync().set(NodePoolFixtures.tokensKey(PREFIX, ACCOUNT), NodePoolFixtures.tokensJson(BenchAccounts.CREDENTIALS));
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    /** What the gateway's environment needs to use this pool. */
    Map<String, String> environment() {
        return Map.of("REDIS_URL", redis.uri(), "REDIS_KEY_PREFIX", PREFIX);
    }

    @Override
    public void close() {
        redis.close();
    }
}
