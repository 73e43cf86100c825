package dev.switchyard.gateway.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.application.port.out.RefreshLock;
import dev.switchyard.gateway.testkit.RefreshLockContract;
import dev.switchyard.testkit.await.Poll;
import dev.switchyard.testkit.servers.RealServers;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@link RefreshLockContract} on a real Redis, with the Node service's lock key and value format. */
class RedisRefreshLockIT extends RefreshLockContract {

    private static final Duration TTL = Duration.ofSeconds(1);
    private static GatewayRedis redis;
    private final RedisKeys keys = GatewayRedis.freshKeys();

    @BeforeAll
    static void connect() {
        redis = new GatewayRedis(RealServers.redis().uri());
    }

    @AfterAll
    static void disconnect() {
        redis.close();
    }

    @Override
    protected RefreshLock lock() {
        return new RedisRefreshLock(redis.connector(), keys, redis.availability(), TTL, Clock.systemUTC());
    }

    @Override
    protected RefreshLock anotherReplica(RefreshLock lock) {
        return lock();
    }

    @Override
    protected void letLocksExpire() {
        Poll.until("the locks expired", Duration.ofSeconds(5),
                () -> redis.sync().exists(keys.refreshLock(A.value()), keys.refreshLock(B.value())) == 0);
    }

    @Test
    void the_lock_is_the_node_services_key_with_an_epoch_ms_random_value_and_a_ttl() {
        lock().tryAcquire(A);

        assertThat(redis.sync().get(keys.prefix() + "token-lock:claude-kiro-oauth:a")).matches("\\d{13}-[0-9a-f]+");
        assertThat(redis.sync().ttl(keys.refreshLock(A.value()))).isBetween(0L, 1L);
    }
}
