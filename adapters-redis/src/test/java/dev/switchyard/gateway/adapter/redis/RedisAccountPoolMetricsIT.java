package dev.switchyard.gateway.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.CooldownPolicy;
import dev.switchyard.gateway.domain.HealthChange;
import dev.switchyard.gateway.domain.PoolOutagePolicy;
import dev.switchyard.gateway.domain.UpstreamFailure;
import dev.switchyard.gateway.testkit.AccountFixtures;
import dev.switchyard.testkit.servers.RealServers;
import dev.switchyard.testkit.time.ManualClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Operators see the pool by status: {@code switchyard.gateway.pool.accounts{status=…}}. */
class RedisAccountPoolMetricsIT {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    @Test
    void the_accounts_gauge_counts_the_pool_by_status() {
        ManualClock clock = new ManualClock(NOW);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (GatewayRedis redis = new GatewayRedis(RealServers.redis().uri())) {
            RedisKeys keys = GatewayRedis.freshKeys();
            Account a = AccountFixtures.account("a");
            Account b = AccountFixtures.account("b");
            Account c = AccountFixtures.account("c");
            for (Account account : new Account[] {a, b, c}) {
                redis.seed(keys, account, AccountFixtures.social(account.id().value(), NOW.plusSeconds(3600)));
            }
            try (RedisAccountPool pool = new RedisAccountPool(redis.connector(), keys, redis.availability(),
                    new RedisAccountPool.Settings(CooldownPolicy.DEFAULTS, PoolOutagePolicy.DEFAULTS, Duration.ofSeconds(5),
                            Duration.ofMillis(200)), clock, meters)) {
                pool.reload();
                assertThat(accounts(meters, "healthy")).isEqualTo(3);

                pool.recordFailure(a.id(), UpstreamFailure.RATE_LIMITED, Optional.empty());
                pool.change(b.id(), new HealthChange.Disabled(NOW));

                assertThat(accounts(meters, "healthy")).isEqualTo(1);
                assertThat(accounts(meters, "cooling_down")).isEqualTo(1);
                assertThat(accounts(meters, "disabled")).isEqualTo(1);
                assertThat(accounts(meters, "needs_reauthentication")).isZero();
            }
        }
    }

    private static double accounts(SimpleMeterRegistry meters, String status) {
        return meters.get("switchyard.gateway.pool.accounts").tag("status", status).gauge().value();
    }
}
