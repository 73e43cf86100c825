package dev.switchyard.gateway.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.testkit.AccountFixtures;
import dev.switchyard.gateway.testkit.KiroScript;
import dev.switchyard.gateway.testkit.KiroSimulator;
import dev.switchyard.gateway.testkit.RecordedKiroRequest;
import dev.switchyard.testkit.await.Poll;
import dev.switchyard.testkit.servers.RealServers;
import dev.switchyard.testkit.servers.RedisServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Acceptance (issue 4): the Messages API over the Redis pool shared with Node. Kiro answers 429 for
 * one account and 403 (suspended) for another: every request succeeds on the third, the two are in
 * cooldown in the Node-format hash, and once the cooldowns are over they are chosen again.
 */
class GatewayFailoverOnSharedPoolIT {

    private static final String CLIENT_KEY = "failover-it-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void refused_accounts_cool_down_in_redis_while_requests_succeed_on_the_healthy_one_then_return() throws Exception {
        Instant expires = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
        Account rateLimited = AccountFixtures.account("failover-429");
        Account suspended = AccountFixtures.account("failover-403");
        Account healthy = AccountFixtures.account("failover-ok");
        KiroCredentials rateLimitedTokens = AccountFixtures.social("failover-429", expires);
        KiroCredentials suspendedTokens = AccountFixtures.social("failover-403", expires);
        KiroCredentials healthyTokens = AccountFixtures.social("failover-ok", expires);
        AtomicBoolean refusing = new AtomicBoolean(true);
        Instant refusedAfter = Instant.now();

        try (KiroSimulator kiro = KiroSimulator.start();
                GatewayRedisSeed node = new GatewayRedisSeed(RealServers.redis().uri())) {
            kiro.otherwise(request -> answer(request, refusing.get(), rateLimitedTokens, suspendedTokens));
            node.seed(rateLimited, rateLimitedTokens);
            node.seed(suspended, suspendedTokens);
            node.seed(healthy, healthyTokens);
            try (EmbeddedServer app = ApplicationContext.run(EmbeddedServer.class, properties(kiro, node.prefix))) {
                for (int i = 0; i < 6; i++) {
                    HttpResponse<String> response = ask(app, "question " + i);
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                    assertThat(JSON.readTree(response.body()).path("content").get(0).path("text").asText())
                            .startsWith("Hello from the Kiro simulator");
                }
                assertThat(kiro.requests()).extracting(request -> request.bearerToken().orElseThrow())
                        .contains(rateLimitedTokens.accessToken(), suspendedTokens.accessToken(), healthyTokens.accessToken());

                Poll.untilAsserted(Duration.ofSeconds(10), () -> {
                    assertCoolingDown(node.node(rateLimited.id().value()), refusedAfter);
                    assertCoolingDown(node.node(suspended.id().value()), refusedAfter);
                    assertThat(node.node(healthy.id().value()).path("isHealthy").asBoolean()).isTrue();
                });

                refusing.set(false);
                kiro.reset();
                Poll.untilAsserted(Duration.ofSeconds(30), () -> {
                    assertThat(ask(app, "again").statusCode()).isEqualTo(200);
                    assertThat(kiro.requests()).extracting(request -> request.bearerToken().orElseThrow())
                            .contains(rateLimitedTokens.accessToken(), suspendedTokens.accessToken());
                });
                Poll.untilAsserted(Duration.ofSeconds(10), () -> {
                    assertThat(node.node(rateLimited.id().value()).path("isHealthy").asBoolean()).isTrue();
                    assertThat(node.node(suspended.id().value()).path("isHealthy").asBoolean()).isTrue();
                });
            }
        }
    }

    @Test
    void with_redis_stopped_requests_keep_succeeding_and_the_cooldown_reaches_redis_when_it_returns() {
        Instant expires = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
        Account rateLimited = AccountFixtures.account("outage-429");
        Account healthy = AccountFixtures.account("outage-ok");
        KiroCredentials rateLimitedTokens = AccountFixtures.social("outage-429", expires);
        KiroCredentials healthyTokens = AccountFixtures.social("outage-ok", expires);
        AtomicBoolean refusing = new AtomicBoolean(false);

        try (RedisServer redis = RedisServer.start(RealServers.workDir()); KiroSimulator kiro = KiroSimulator.start()) {
            kiro.otherwise(request -> answer(request, refusing.get(), rateLimitedTokens, rateLimitedTokens));
            String prefix;
            try (GatewayRedisSeed node = new GatewayRedisSeed(redis.uri())) {
                prefix = node.prefix;
                node.seed(rateLimited, rateLimitedTokens);
                node.seed(healthy, healthyTokens);
                node.sync().save();
            }
            Map<String, Object> properties = properties(kiro, prefix);
            properties.putAll(redis.micronautProperties());
            properties.put("gateway.pool.redis-command-timeout", "300ms");
            try (EmbeddedServer app = ApplicationContext.run(EmbeddedServer.class, properties)) {
                for (int i = 0; i < 4; i++) {
                    assertThat(ask(app, "before " + i).statusCode()).isEqualTo(200);
                }
                assertThat(kiro.requests()).extracting(request -> request.bearerToken().orElseThrow())
                        .contains(rateLimitedTokens.accessToken(), healthyTokens.accessToken());

                redis.pause();
                Instant refusedAfter = Instant.now();
                refusing.set(true);
                long outageStart = System.nanoTime();
                int served = 0;
                while (System.nanoTime() - outageStart < Duration.ofSeconds(3).toNanos()) {
                    HttpResponse<String> response = ask(app, "during " + served);
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                    served++;
                }
                assertThat(served).isGreaterThanOrEqualTo(3);
                assertThat(redis.isRunning()).isFalse();

                redis.resume();
                try (GatewayRedisSeed node = new GatewayRedisSeed(redis.uri())) {
                    Poll.untilAsserted(Duration.ofSeconds(30), () ->
                            assertCoolingDown(node.nodeIn(prefix, rateLimited.id().value()), refusedAfter));
                }
            }
        }
    }

    private static KiroScript answer(RecordedKiroRequest request, boolean refusing, KiroCredentials rateLimited,
            KiroCredentials suspended) {
        String token = request.bearerToken().orElse("");
        if (refusing && token.equals(rateLimited.accessToken())) {
            return KiroScript.status(429, "Rate exceeded.", null);
        }
        if (refusing && token.equals(suspended.accessToken())) {
            return KiroScript.status(403, "Your User ID (u-1) temporarily is suspended.", null);
        }
        return KiroScript.stream().text("Hello from the Kiro simulator").contextUsage(1.0);
    }

    private static void assertCoolingDown(JsonNode account, Instant refusedAfter) {
        assertThat(account.path("isHealthy").asBoolean()).as(account.toString()).isFalse();
        assertThat(account.path("errorCount").asInt()).as(account.toString()).isGreaterThanOrEqualTo(1);
        assertThat(Instant.parse(account.path("scheduledRecoveryTime").asText())).isAfter(refusedAfter);
    }

    private HttpResponse<String> ask(EmbeddedServer app, String question) {
        String body = """
                {"model":"claude-sonnet-4-5","max_tokens":64,"messages":[{"role":"user","content":"%s"}]}"""
                .formatted(question);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getPort() + "/v1/messages"))
                .timeout(Duration.ofSeconds(20))
                .header("content-type", "application/json")
                .header("x-api-key", CLIENT_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> properties(KiroSimulator kiro, String prefix) {
        Map<String, Object> properties = new HashMap<>(RealServers.all());
        properties.put("micronaut.server.port", -1);
        properties.put("gateway.redis.key-prefix", prefix);
        properties.put("gateway.api.api-key", CLIENT_KEY);
        properties.put("gateway.kiro.url", kiro.url());
        properties.put("gateway.pool.cache-ttl", "500ms");
        properties.put("gateway.pool.rate-limited-cooldown", "3s");
        properties.put("gateway.pool.blocked-cooldown", "4s");
        return properties;
    }
}
