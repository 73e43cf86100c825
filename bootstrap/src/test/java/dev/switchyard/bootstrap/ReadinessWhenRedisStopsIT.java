package dev.switchyard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.testkit.await.Poll;
import dev.switchyard.testkit.servers.RealServers;
import dev.switchyard.testkit.servers.RedisServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Acceptance: stopping Redis makes readyz report it while healthz stays up; Redis back, ready again. */
class ReadinessWhenRedisStopsIT {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Test
    void readyz_names_redis_while_it_is_away_and_healthz_stays_up() {
        try (RedisServer redis = RedisServer.start(RealServers.workDir());
                EmbeddedServer app = ApplicationContext.run(EmbeddedServer.class, properties(redis));
                HttpClient client = HttpClient.create(app.getURL())) {
            assertThat(readyz(client).code()).isEqualTo(200);

            redis.pause();
            Poll.untilAsserted(Duration.ofSeconds(15), () -> {
                HttpResponse<Map<String, Object>> response = readyz(client);
                assertThat(response.code()).isEqualTo(503);
                assertThat(response.body()).containsEntry("status", "not_ready").containsEntry("down", List.of("redis"));
            });
            assertThat(client.toBlocking().exchange(HttpRequest.GET("/v1/status/healthz")).code()).isEqualTo(200);

            redis.resume();
            Poll.untilAsserted(Duration.ofSeconds(30), () -> assertThat(readyz(client).code()).isEqualTo(200));
        }
    }

    private static Map<String, Object> properties(RedisServer redis) {
        Map<String, Object> properties = new HashMap<>(RealServers.all());
        properties.putAll(redis.micronautProperties());
        properties.put("micronaut.server.port", -1);
        properties.put("ops.readiness.probe-timeout", "500ms");
        return properties;
    }

    private static HttpResponse<Map<String, Object>> readyz(HttpClient client) {
        try {
            return client.toBlocking().exchange(HttpRequest.GET("/v1/status/readyz"), JSON);
        } catch (HttpClientResponseException notReady) {
            return HttpResponse.<Map<String, Object>>status(notReady.getStatus())
                    .body(notReady.getResponse().getBody(JSON).orElse(Map.of()));
        }
    }
}
