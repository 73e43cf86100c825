package dev.switchyard.gateway.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.testkit.KiroSimulator;
import dev.switchyard.testkit.servers.RealServers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With GATEWAY_API_KEY empty, the client key is the Node service's: {@code apiKey} of {@code {prefix}config} in Redis. */
class GatewaySharedClientKeyIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void the_key_in_the_shared_redis_config_is_accepted_and_others_are_not() throws Exception {
        try (KiroSimulator kiro = KiroSimulator.start();
                GatewayRedisSeed node = new GatewayRedisSeed(RealServers.redis().uri())) {
            node.sync().set(node.prefix + "config", "{\"apiKey\":\"node-shared-key\",\"PROVIDER_POOLS_FILE_PATH\":\"x\"}");
            Map<String, Object> properties = new HashMap<>(RealServers.all());
            properties.put("micronaut.server.port", -1);
            properties.put("gateway.redis.key-prefix", node.prefix);
            properties.put("gateway.kiro.url", kiro.url());
            try (EmbeddedServer app = ApplicationContext.run(EmbeddedServer.class, properties)) {
                assertThat(models(app, "node-shared-key")).isEqualTo(200);
                assertThat(models(app, "another-key")).isEqualTo(401);
            }
        }
    }

    private int models(EmbeddedServer app, String key) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getPort() + "/v1/models"))
                .timeout(Duration.ofSeconds(10))
                .header("x-api-key", key)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
