package dev.switchyard.gateway.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.application.port.in.ObtainCredentialsCommand;
import dev.switchyard.gateway.application.port.in.ObtainCredentialsResult;
import dev.switchyard.gateway.application.port.in.ObtainCredentialsUseCase;
import dev.switchyard.gateway.application.port.out.AccountPool;
import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.testkit.AccountFixtures;
import dev.switchyard.testkit.await.Poll;
import dev.switchyard.testkit.servers.RealServers;
import dev.switchyard.testkit.servers.RedisServer;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Redis away at start-up: the pool's beans are created and answer "no account"; once Redis is up, it serves. */
class GatewayPoolStartsWithoutRedisIT {

    @Test
    void the_pool_starts_empty_without_redis_and_serves_once_redis_is_up() {
        Account account = AccountFixtures.account("late");
        KiroCredentials tokens = AccountFixtures.social("late", Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS));
        try (RedisServer redis = RedisServer.start(RealServers.workDir())) {
            String prefix;
            try (GatewayRedisSeed node = new GatewayRedisSeed(redis.uri())) {
                prefix = node.prefix;
                node.seed(account, tokens);
                node.sync().save();
            }
            redis.pause();
            Map<String, Object> properties = new HashMap<>(RealServers.all());
            properties.putAll(redis.micronautProperties());
            properties.put("micronaut.lifecycle.graceful-shutdown.enabled", false);
            properties.put("gateway.redis.key-prefix", prefix);
            properties.put("gateway.pool.cache-ttl", "500ms");

            try (ApplicationContext app = ApplicationContext.run(properties)) {
                AccountPool pool = app.getBean(AccountPool.class);
                ObtainCredentialsUseCase credentials = app.getBean(ObtainCredentialsUseCase.class);

                assertThat(pool.next(Set.of())).isEmpty();
                assertThat(credentials.obtain(ObtainCredentialsCommand.beforeCall(account.id())))
                        .isInstanceOf(ObtainCredentialsResult.Unavailable.class);

                redis.resume();
                Poll.untilAsserted(Duration.ofSeconds(30), () -> assertThat(pool.next(Set.of()))
                        .map(Account::id).contains(account.id()));
                assertThat(credentials.obtain(ObtainCredentialsCommand.beforeCall(account.id())))
                        .isEqualTo(new ObtainCredentialsResult.Ready(tokens));
            }
        }
    }
}
