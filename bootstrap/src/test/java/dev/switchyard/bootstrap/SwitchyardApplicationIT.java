package dev.switchyard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.testkit.servers.WithRealServers;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** The whole application context on real PostgreSQL, Redis and Kafka. */
@MicronautTest
class SwitchyardApplicationIT extends WithRealServers {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void ready_with_postgres_redis_and_kafka_all_probed() {
        HttpResponse<Map<String, Object>> response = client.toBlocking().exchange(HttpRequest.GET("/v1/status/readyz"), JSON);

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body()).containsEntry("status", "ready").containsEntry("down", List.of());
        assertThat(response.body().get("checks")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsOnlyKeys("postgresql", "redis", "kafka");
    }

    @Test
    void metrics_include_the_http_server_requests_already_served() {
        client.toBlocking().exchange(HttpRequest.GET("/v1/status/healthz"));

        String metrics = client.toBlocking().retrieve(HttpRequest.GET("/metrics"), String.class);

        assertThat(metrics).contains("http_server_requests_seconds_count", "uri=\"/v1/status/healthz\"", "jvm_threads_live_threads");
    }

    @Test
    void openapi_lists_the_status_endpoints() {
        String document = client.toBlocking().retrieve(HttpRequest.GET("/openapi.yml"), String.class);

        assertThat(document).contains("/v1/status/readyz", "/v1/status/healthz");
    }
}
