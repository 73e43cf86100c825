package dev.switchyard.gateway.adapter.redis;

import dev.switchyard.gateway.application.port.out.ClientKeySource;
import dev.switchyard.gateway.testkit.ClientKeySourceContract;
import dev.switchyard.testkit.servers.RealServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link ClientKeySourceContract} on a real Redis, the config written as the Node service writes it. */
class RedisClientKeySourceIT extends ClientKeySourceContract {

    private static GatewayRedis redis;
    private static final RedisKeys KEYS = GatewayRedis.freshKeys();

    @BeforeAll
    static void connect() {
        redis = new GatewayRedis(RealServers.redis().uri());
    }

    @AfterAll
    static void disconnect() {
        redis.close();
    }

    @Override
    protected ClientKeySource source() {
        return new RedisClientKeySource(RedisConnector.of(redis.connection()), KEYS, redis.availability());
    }

    @Override
    protected void storeConfig(String json) {
        redis.sync().set(KEYS.prefix() + "config", json);
    }

    @Override
    protected void deleteConfig() {
        redis.sync().del(KEYS.prefix() + "config");
    }
}
