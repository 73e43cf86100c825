package dev.switchyard.gateway.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.testkit.AccountFixtures;
import dev.switchyard.gateway.testkit.KiroAuthSimulator;
import dev.switchyard.gateway.testkit.NodePoolFixtures;
import dev.switchyard.testkit.await.Poll;
import dev.switchyard.testkit.servers.RealServers;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scheduled scan refreshes, once each, an account that gets no calls before its token expires
 * and an account the Node service flagged {@code needsRefresh}; it leaves a fresh one alone.
 */
class GatewayTokenRefreshScanIT {

    @Test
    void an_idle_account_about_to_expire_is_refreshed_by_the_scan() {
        try (KiroAuthSimulator auth = KiroAuthSimulator.start();
                GatewayRedisSeed redis = new GatewayRedisSeed(RealServers.redis().uri())) {
            Account idle = AccountFixtures.account("idle");
            Account fresh = AccountFixtures.account("fresh");
            KiroCredentials expiring = AccountFixtures.social("idle", Instant.now().plus(Duration.ofMinutes(3)));
            redis.seed(idle, expiring);
            redis.seed(fresh, AccountFixtures.social("fresh", Instant.now().plus(Duration.ofMinutes(50))));
            auth.accept(expiring);
            // The Node service flagged this one after a 401: its token looks valid but must be refreshed.
            Account flagged = AccountFixtures.account("flagged");
            KiroCredentials flaggedTokens = AccountFixtures.social("flagged", Instant.now().plus(Duration.ofMinutes(50)));
            redis.seed(flagged, flaggedTokens);
            redis.sync().hset(NodePoolFixtures.poolKey(redis.prefix), "flagged",
                    NodePoolFixtures.node("flagged", flagged.name()).put("needsRefresh", true).toString());
            auth.accept(flaggedTokens);
            Map<String, Object> properties = new HashMap<>(RealServers.all());
            // Kafka listeners of other features would otherwise hold every close for the 30 s grace period.
            properties.put("micronaut.lifecycle.graceful-shutdown.enabled", false);
            properties.put("gateway.redis.key-prefix", redis.prefix);
            properties.put("gateway.token-refresh.social-url", auth.socialUrl());
            properties.put("gateway.token-refresh.idc-url", auth.idcUrl());
            properties.put("gateway.token-refresh.scan-initial-delay", "100ms");
            properties.put("gateway.token-refresh.scan-interval", "200ms");

            try (ApplicationContext app = ApplicationContext.run(properties)) {
                Poll.untilAsserted(Duration.ofSeconds(15), () -> assertThat(redis.tokens("idle").path("accessToken").asText())
                        .startsWith("sim-access-"));
                Poll.untilAsserted(Duration.ofSeconds(15), () -> {
                    assertThat(redis.tokens("flagged").path("accessToken").asText()).startsWith("sim-access-");
                    assertThat(redis.node("flagged").path("needsRefresh").asBoolean()).isFalse();
                });
                long refreshedAt = System.nanoTime();
                Poll.until("five more scan intervals pass", Duration.ofSeconds(5),
                        () -> System.nanoTime() - refreshedAt > Duration.ofSeconds(1).toNanos());
                assertThat(auth.calls()).as("one refresh each for the expiring and the flagged account").isEqualTo(2);
                assertThat(redis.tokens("fresh").path("accessToken").asText()).isEqualTo("aoa-access-fresh");
            }
        }
    }
}
