package dev.switchyard.gateway.adapter.redis;

import dev.switchyard.gateway.application.port.out.ClientKeySource;
import dev.switchyard.gateway.testkit.ClientKeySourceContract;
import dev.switchyard.testkit.servers.RealServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** The shared client key read from {@code {prefix}config} on a real Redis, held to the port contract. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisClientKeySourceIT extends ClientKeySourceContract {

    private final GatewayRedis redis = new GatewayRedis(RealServers.redis().uri());
    private final RedisKeys keys = GatewayRedis.freshKeys();
    private final RedisClientKeySource source = new RedisClientKeySource(redis.connector(), keys, redis.availability());

    @AfterAll
    void close() {
        redis.close();
    }

    @Override
    protected ClientKeySource source() {
        return source;
    }

    @Override
    protected void storeConfig(String json) {
        redis.sync().set(keys.config(), json);
    }

    @Override
    protected void deleteConfig() {
        redis.sync().del(keys.config());
    }
}
