package dev.switchyard.gateway.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchyard.gateway.application.port.in.ObtainCredentialsCommand;
import dev.switchyard.gateway.application.port.in.ObtainCredentialsResult;
import dev.switchyard.gateway.application.port.in.ObtainCredentialsUseCase;
import dev.switchyard.gateway.application.port.out.AccountPool;
import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.UpstreamFailure;
import dev.switchyard.gateway.testkit.AccountFixtures;
import dev.switchyard.testkit.await.Poll;
import dev.switchyard.testkit.servers.RealServers;
import dev.switchyard.testkit.servers.RedisServer;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: Redis stops mid-run. Accounts and credentials keep being served from memory (longer
 * than the cache lifetime), health changes made meanwhile are kept, and once Redis is back they
 * appear in the Node-format pool hash, next to the fields Switchyard does not own.
 */
class GatewayPoolRedisOutageIT {

    private static final Duration CACHE_TTL = Duration.ofSeconds(1);

    @Test
    void credentials_are_served_from_memory_while_redis_is_away_and_health_changes_reach_it_when_it_returns() {
        Account rateLimited = AccountFixtures.account("outage-a");
        Account serving = AccountFixtures.account("outage-b");
        Instant expires = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
        KiroCredentials rateLimitedTokens = AccountFixtures.social("outage-a", expires);
        KiroCredentials servingTokens = AccountFixtures.social("outage-b", expires);
        try (RedisServer redis = RedisServer.start(RealServers.workDir())) {
            String prefix;
            try (GatewayRedisSeed node = new GatewayRedisSeed(redis.uri())) {
                prefix = node.prefix;
                node.seed(rateLimited, rateLimitedTokens);
                node.seed(serving, servingTokens);
                node.sync().save();
            }
            try (ApplicationContext app = ApplicationContext.run(properties(redis, prefix))) {
                AccountPool pool = app.getBean(AccountPool.class);
                ObtainCredentialsUseCase credentials = app.getBean(ObtainCredentialsUseCase.class);
                Poll.until("both accounts are selected", Duration.ofSeconds(10),
                        () -> selected(pool, 20).containsAll(Set.of(rateLimited.id(), serving.id())));
                assertThat(obtain(credentials, rateLimited)).isEqualTo(new ObtainCredentialsResult.Ready(rateLimitedTokens));
                assertThat(obtain(credentials, serving)).isEqualTo(new ObtainCredentialsResult.Ready(servingTokens));

                redis.pause();
                pool.recordFailure(rateLimited.id(), UpstreamFailure.RATE_LIMITED, Optional.empty());
                for (int i = 0; i < 3; i++) {
                    pool.recordSuccess(serving.id());
                }
                long outageStart = System.nanoTime();
                Poll.until("three cache lifetimes pass while serving from memory", Duration.ofSeconds(30), () -> {
                    assertThat(pool.next(Set.of())).map(Account::id).contains(serving.id());
                    assertThat(obtain(credentials, serving)).isEqualTo(new ObtainCredentialsResult.Ready(servingTokens));
                    assertThat(obtain(credentials, rateLimited)).isEqualTo(new ObtainCredentialsResult.Ready(rateLimitedTokens));
                    return System.nanoTime() - outageStart > CACHE_TTL.multipliedBy(3).toNanos();
                });
                assertThat(redis.isRunning()).isFalse();

                redis.resume();
                try (GatewayRedisSeed node = new GatewayRedisSeed(redis.uri())) {
                    Poll.untilAsserted(Duration.ofSeconds(30), () -> {
                        JsonNode cooling = node.nodeIn(prefix, rateLimited.id().value());
                        assertThat(cooling.path("isHealthy").asBoolean()).isFalse();
                        assertThat(cooling.path("errorCount").asInt()).isEqualTo(1);
                        assertThat(Instant.parse(cooling.path("scheduledRecoveryTime").asText()))
                                .isAfter(Instant.now().plus(Duration.ofSeconds(20)));
                        JsonNode used = node.nodeIn(prefix, serving.id().value());
                        assertThat(used.path("usageCount").asInt()).isEqualTo(42 + 3);
                        assertThat(used.path("isHealthy").asBoolean()).isTrue();
                        assertThat(used.path("_lastSelectionSeq").asInt()).isEqualTo(17);
                        assertThat(used.path("lastHealthCheckModel").asText()).isEqualTo("claude-haiku-4-5");
                    });
                }
            }
        }
    }

    private static Map<String, Object> properties(RedisServer redis, String prefix) {
        Map<String, Object> properties = new HashMap<>(RealServers.all());
        // Kafka listeners of other features would otherwise hold every close for the 30 s grace period.
        properties.put("micronaut.lifecycle.graceful-shutdown.enabled", false);
        properties.putAll(redis.micronautProperties());
        properties.put("gateway.redis.key-prefix", prefix);
        properties.put("gateway.pool.cache-ttl", CACHE_TTL.toMillis() + "ms");
        properties.put("gateway.pool.redis-command-timeout", "300ms");
        return properties;
    }

    private static Set<AccountId> selected(AccountPool pool, int times) {
        Set<AccountId> seen = new HashSet<>();
        for (int i = 0; i < times; i++) {
            pool.next(Set.of()).ifPresent(account -> seen.add(account.id()));
        }
        return seen;
    }

    private static ObtainCredentialsResult obtain(ObtainCredentialsUseCase credentials, Account account) {
        return credentials.obtain(ObtainCredentialsCommand.beforeCall(account.id()));
    }
}
