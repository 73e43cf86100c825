package dev.switchyard.gateway.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.application.port.in.ObtainCredentialsCommand;
import dev.switchyard.gateway.application.port.in.ObtainCredentialsResult;
import dev.switchyard.gateway.application.port.in.ObtainCredentialsUseCase;
import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.testkit.AccountFixtures;
import dev.switchyard.gateway.testkit.KiroAuthSimulator;
import dev.switchyard.testkit.await.Poll;
import dev.switchyard.testkit.servers.RealServers;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Acceptance: two app instances share one Redis; 50 concurrent requests for an account whose token
 * is about to expire (or has expired) cause exactly one call to Kiro's auth service, and the rotated
 * tokens land in Redis in the Node format.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayTokenRefreshAcrossReplicasIT {

    private static final int CALLERS = 50;

    private KiroAuthSimulator auth;
    private GatewayRedisSeed redis;
    private ApplicationContext replicaA;
    private ApplicationContext replicaB;

    @BeforeAll
    void start() {
        auth = KiroAuthSimulator.start().answeringAfter(Duration.ofMillis(300));
        redis = new GatewayRedisSeed(RealServers.redis().uri());
        Map<String, Object> properties = new HashMap<>(RealServers.all());
        // Kafka listeners of other features would otherwise hold every close for the 30 s grace period.
        properties.put("micronaut.lifecycle.graceful-shutdown.enabled", false);
        properties.put("gateway.redis.key-prefix", redis.prefix);
        properties.put("gateway.token-refresh.social-url", auth.socialUrl());
        properties.put("gateway.token-refresh.idc-url", auth.idcUrl());
        replicaA = ApplicationContext.run(properties);
        replicaB = ApplicationContext.run(properties);
    }

    @AfterAll
    void stop() {
        replicaA.close();
        replicaB.close();
        redis.close();
        auth.close();
    }

    @Test
    void a_token_about_to_expire_is_refreshed_once_in_the_background_while_every_caller_gets_the_current_one() throws Exception {
        Account account = AccountFixtures.account("soon-" + Instant.now().toEpochMilli());
        KiroCredentials credentials = AccountFixtures.social(account.id().value(), Instant.now().plus(Duration.ofMinutes(2)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        redis.seed(account, credentials);
        auth.accept(credentials);
        int callsBefore = auth.calls();

        List<ObtainCredentialsResult> results = obtainConcurrently(account);

        assertThat(results).hasSize(CALLERS).allSatisfy(result -> assertThat(result)
                .isEqualTo(new ObtainCredentialsResult.Ready(credentials)));
        Poll.untilAsserted(Duration.ofSeconds(10), () -> assertThat(redis.tokens(account.id().value())
                .path("refreshToken").asText()).startsWith("sim-refresh-"));
        assertRefreshedOnceAndStoredLikeNode(account, callsBefore);
    }

    @Test
    void an_expired_token_is_refreshed_once_and_every_caller_waits_for_the_new_one() throws Exception {
        Account account = AccountFixtures.account("expired-" + Instant.now().toEpochMilli());
        KiroCredentials credentials = AccountFixtures.social(account.id().value(), Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        redis.seed(account, credentials);
        auth.accept(credentials);
        int callsBefore = auth.calls();

        List<ObtainCredentialsResult> results = obtainConcurrently(account);

        String newAccessToken = redis.tokens(account.id().value()).path("accessToken").asText();
        assertThat(newAccessToken).startsWith("sim-access-");
        assertThat(results).hasSize(CALLERS).allSatisfy(result -> {
            assertThat(result).isInstanceOf(ObtainCredentialsResult.Ready.class);
            assertThat(((ObtainCredentialsResult.Ready) result).credentials().accessToken()).isEqualTo(newAccessToken);
        });
        assertRefreshedOnceAndStoredLikeNode(account, callsBefore);
    }

    /** Half the callers on each replica, all released at once. */
    private List<ObtainCredentialsResult> obtainConcurrently(Account account) throws Exception {
        List<ObtainCredentialsUseCase> replicas = List.of(replicaA.getBean(ObtainCredentialsUseCase.class),
                replicaB.getBean(ObtainCredentialsUseCase.class));
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ObtainCredentialsResult>> futures = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < CALLERS; i++) {
                ObtainCredentialsUseCase replica = replicas.get(i % 2);
                futures.add(callers.submit(() -> {
                    go.await();
                    return replica.obtain(ObtainCredentialsCommand.beforeCall(account.id()));
                }));
            }
            go.countDown();
            List<ObtainCredentialsResult> results = new ArrayList<>();
            for (Future<ObtainCredentialsResult> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    private void assertRefreshedOnceAndStoredLikeNode(Account account, int callsBefore) {
        // Later requests on either replica (cached copies a few seconds old) must not refresh again.
        for (int i = 0; i < 10; i++) {
            replicaA.getBean(ObtainCredentialsUseCase.class).obtain(ObtainCredentialsCommand.beforeCall(account.id()));
            replicaB.getBean(ObtainCredentialsUseCase.class).obtain(ObtainCredentialsCommand.beforeCall(account.id()));
        }
        Poll.untilAsserted(Duration.ofSeconds(5), () -> assertThat(redis.node(account.id().value())
                .path("lastRefreshTime").toString()).as("the node's lastRefreshTime").isNotEqualTo("1795600000000"));
        assertThat(auth.calls() - callsBefore).as("refresh calls to Kiro's auth service").isEqualTo(1);
        var tokens = redis.tokens(account.id().value());
        assertThat(tokens.path("accessToken").asText()).startsWith("sim-access-");
        assertThat(tokens.path("refreshToken").asText()).startsWith("sim-refresh-");
        assertThat(Instant.parse(tokens.path("expiresAt").asText())).isAfter(Instant.now().plus(Duration.ofMinutes(55)));
        // Fields Switchyard does not know are kept on write-back.
        assertThat(tokens.path("provider").asText()).isEqualTo("Google");
        assertThat(tokens.path("tokenType").asText()).isEqualTo("Bearer");
    }
}
