package dev.switchyard.messaging.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchyard.messaging.application.port.out.IdempotencyStore;
import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.domain.RequestFingerprint;
import dev.switchyard.messaging.testkit.IdempotencyStoreContract;
import dev.switchyard.messaging.testkit.MessagingFixtures;
import dev.switchyard.testkit.servers.RealServers;
import dev.switchyard.testkit.servers.RedisServer;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisIdempotencyStoreIT extends IdempotencyStoreContract {

    private ApplicationContext context;

    @BeforeAll
    void start() {
        context = ApplicationContext.run(Map.of("redis.uri", RealServers.redis().uri(), "redis.timeout", "2s"));
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Override
    protected IdempotencyStore store() {
        return context.getBean(RedisIdempotencyStore.class);
    }

    @Test
    void keys_live_under_the_messaging_prefix_with_an_expiry() throws Exception {
        RequestFingerprint fingerprint = RequestFingerprint.of(MessagingFixtures.sms("x"));
        store().claim(IdempotencyKey.of("prefix-check"), fingerprint, Duration.ofSeconds(60)).toCompletableFuture().get(5, TimeUnit.SECONDS);

        @SuppressWarnings("unchecked")
        StatefulRedisConnection<String, String> redis = context.getBean(StatefulRedisConnection.class);
        assertThat(redis.sync().keys("*")).as("keys").contains("switchyard:messaging:idempotency:prefix-check");
        assertThat(redis.sync().get("switchyard:messaging:idempotency:prefix-check")).isEqualTo("P:" + fingerprint.hex());
        assertThat(redis.sync().pttl("switchyard:messaging:idempotency:prefix-check")).isBetween(1L, 60_000L);
    }

    @Test
    void an_unreachable_redis_fails_the_claim_in_bounded_time() {
        RedisServer gone = RedisServer.start(RealServers.workDir());
        gone.close();
        try (ApplicationContext away = ApplicationContext.run(Map.of("redis.uri", gone.uri(), "redis.timeout", "1s",
                "messaging.idempotency.redis.timeout", "500ms"))) {
            IdempotencyStore store = away.getBean(RedisIdempotencyStore.class);

            assertThatThrownBy(() -> store.claim(IdempotencyKey.of("k"), RequestFingerprint.of(MessagingFixtures.sms("x")),
                    Duration.ofSeconds(1)).toCompletableFuture().get(5, TimeUnit.SECONDS))
                    .isInstanceOf(java.util.concurrent.ExecutionException.class);
        }
    }
}
