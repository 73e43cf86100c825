package dev.switchyard.gateway.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchyard.testkit.servers.RealServers;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** The lazily opened connection: one attempt at a time, concurrent first users share it, failures mean "unreachable". */
class RedisConnectorIT {

    @Test
    void concurrent_first_users_wait_for_the_one_connection_and_redis_stays_reachable() throws Exception {
        try (GatewayRedis redis = new GatewayRedis(RealServers.redis().uri())) {
            RedisAvailability availability = redis.availability();
            AtomicInteger attempts = new AtomicInteger();
            RedisConnector connector = new RedisConnector(() -> {
                attempts.incrementAndGet();
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos()); // a connect that takes a moment
                return redis.connection();
            });
            CountDownLatch go = new CountDownLatch(1);
            List<Future<RedisAsyncCommands<String, String>>> users = new ArrayList<>();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 20; i++) {
                    users.add(threads.submit(() -> {
                        go.await();
                        return connector.commands(availability);
                    }));
                }
                go.countDown();
                RedisAsyncCommands<String, String> first = users.getFirst().get();
                for (Future<RedisAsyncCommands<String, String>> user : users) {
                    assertThat(user.get()).isSameAs(first);
                }
            }
            assertThat(attempts).hasValue(1);
            assertThat(availability.reachable()).isTrue();
        }
    }

    @Test
    void a_connection_that_cannot_be_opened_is_redis_unreachable_and_is_tried_again_later() {
        try (GatewayRedis redis = new GatewayRedis(RealServers.redis().uri())) {
            RedisAvailability availability = redis.availability();
            AtomicInteger attempts = new AtomicInteger();
            RedisConnector connector = new RedisConnector(() -> {
                if (attempts.incrementAndGet() == 1) {
                    throw new IllegalStateException("connection refused");
                }
                return redis.connection();
            });

            assertThatThrownBy(() -> connector.commands(availability)).isInstanceOf(RedisUnreachableException.class);
            assertThat(availability.reachable()).isFalse();

            assertThat(connector.commands(availability)).isNotNull();
            assertThat(attempts).hasValue(2);
        }
    }
}
