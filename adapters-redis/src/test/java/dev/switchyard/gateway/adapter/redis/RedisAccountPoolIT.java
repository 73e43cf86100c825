package dev.switchyard.gateway.adapter.redis;

import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.testkit.AccountFixtures;
import dev.switchyard.gateway.testkit.AccountPoolContract;
import dev.switchyard.testkit.servers.RealServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The {@link AccountPoolContract} on a real Redis, with the pool written as the Node service writes it. */
class RedisAccountPoolIT extends AccountPoolContract {

    private static GatewayRedis redis;
    private final List<RedisAccountPool> opened = new ArrayList<>();
    private final java.util.Map<Object, RedisKeys> keysOf = new java.util.IdentityHashMap<>();

    @BeforeAll
    static void connect() {
        redis = new GatewayRedis(RealServers.redis().uri());
    }

    @AfterAll
    static void disconnect() {
        redis.close();
    }

    @AfterEach
    void closePools() {
        opened.forEach(RedisAccountPool::close);
    }

    @Override
    protected PoolUnderTest poolWith(List<Account> accounts) {
        RedisKeys keys = GatewayRedis.freshKeys();
        accounts.forEach(account -> redis.seed(keys, account, AccountFixtures.social(account.id().value(), START.plusSeconds(3600))));
        return open(keys);
    }

    @Override
    protected void settle(PoolUnderTest pool) {
        ((RedisAccountPool) pool.pool()).flush();
    }

    @Override
    protected PoolUnderTest anotherInstance(PoolUnderTest pool) {
        return open(keysOf.get(pool.pool()));
    }

    private PoolUnderTest open(RedisKeys keys) {
        RedisAccountPool pool = redis.pool(keys, clock, Duration.ofSeconds(5));
        opened.add(pool);
        keysOf.put(pool, keys);
        return new PoolUnderTest(pool, pool);
    }
}
