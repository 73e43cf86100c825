package dev.switchyard.ops.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchyard.ops.domain.DependencyCheck;
import dev.switchyard.ops.domain.DependencyName;
import dev.switchyard.ops.domain.ProbeOutcome;
import dev.switchyard.ops.domain.Readiness;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

@MicronautTest
@Property(name = "spec.name", value = "StatusControllerTest")
class StatusControllerTest {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ScriptedReadiness readiness;

    @Test
    void healthz_is_up_without_probing_anything() {
        HttpResponse<Map<String, Object>> response = client.toBlocking().exchange(HttpRequest.GET("/v1/status/healthz"), JSON);

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(Map.of("status", "up"));
    }

    @Test
    void readyz_is_200_when_every_dependency_is_up() {
        readiness.answer(new Readiness(List.of(check("postgresql", ProbeOutcome.up()), check("redis", ProbeOutcome.up()))));

        HttpResponse<Map<String, Object>> response = client.toBlocking().exchange(HttpRequest.GET("/v1/status/readyz"), JSON);

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body())
                .containsEntry("status", "ready")
                .containsEntry("down", List.of())
                .containsEntry("checks", Map.of(
                        "postgresql", Map.of("status", "up", "latencyMs", 12),
                        "redis", Map.of("status", "up", "latencyMs", 12)));
    }

    @Test
    void readyz_is_503_naming_what_is_down_and_why() {
        readiness.answer(new Readiness(List.of(
                check("postgresql", ProbeOutcome.up()),
                check("redis", ProbeOutcome.down("no PONG within 2000 ms")))));

        HttpClientResponseException failure = catchThrowableOfType(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/v1/status/readyz"), JSON));

        assertThat(failure.code()).isEqualTo(503);
        Map<String, Object> body = failure.getResponse().getBody(JSON).orElseThrow();
        assertThat(body).containsEntry("status", "not_ready").containsEntry("down", List.of("redis"));
        assertThat(body.get("checks")).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("redis",
                Map.of("status", "down", "latencyMs", 12, "error", "no PONG within 2000 ms"));
    }

    @Test
    void a_sane_request_id_from_the_caller_is_echoed() {
        HttpResponse<?> response = client.toBlocking().exchange(
                HttpRequest.GET("/v1/status/healthz").header("X-Request-Id", "nginx-7f3a.1"));

        assertThat(response.header("X-Request-Id")).isEqualTo("nginx-7f3a.1");
    }

    @Test
    void a_missing_or_unsafe_request_id_is_replaced_by_a_fresh_uuid() {
        HttpResponse<?> none = client.toBlocking().exchange(HttpRequest.GET("/v1/status/healthz"));
        HttpResponse<?> unsafe = client.toBlocking().exchange(
                HttpRequest.GET("/v1/status/healthz").header("X-Request-Id", "line\tbreak{}" + "x".repeat(200)));

        assertThat(none.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(unsafe.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(unsafe.header("X-Request-Id")).isNotEqualTo(none.header("X-Request-Id"));
    }

    @Test
    void metrics_are_served_in_the_prometheus_text_format() {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/metrics"), String.class);

        assertThat(response.getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).startsWith("text/plain"));
        assertThat(response.body()).contains("# TYPE jvm_memory_used_bytes gauge");
    }

    @Test
    void the_openapi_document_generated_at_build_time_is_served() {
        String document = client.toBlocking().retrieve(HttpRequest.GET("/openapi.yml"), String.class);

        assertThat(document).startsWith("openapi: 3").contains("/v1/status/readyz", "/v1/status/healthz", "/metrics");
    }

    private static DependencyCheck check(String name, ProbeOutcome outcome) {
        return new DependencyCheck(DependencyName.of(name), outcome, Duration.ofMillis(12));
    }
}
