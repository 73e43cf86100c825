package dev.switchyard.ops.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

class AdminAuthFilterTest {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithAKey {

        private EmbeddedServer server;
        private HttpClient client;

        @BeforeAll
        void start() {
            server = ApplicationContext.run(EmbeddedServer.class,
                    Map.of("spec.name", "AdminAuthFilterTest", "admin.api-key", "admin-secret-1", "endpoints.all.enabled", false));
            client = HttpClient.create(server.getURL());
        }

        @AfterAll
        void stop() {
            client.close();
            server.close();
        }

        @Test
        void a_bearer_key_passes() {
            assertThat(client.toBlocking().retrieve(probe().bearerAuth("admin-secret-1"), JSON)).containsEntry("admin", "yes");
        }

        @Test
        void an_x_api_key_passes() {
            assertThat(client.toBlocking().retrieve(probe().header("x-api-key", "admin-secret-1"), JSON)).containsEntry("admin", "yes");
        }

        @Test
        void no_key_is_401() {
            assertRejected(probe(), 401, "authentication_error");
        }

        @Test
        void a_wrong_key_is_401() {
            assertRejected(probe().bearerAuth("admin-secret-2"), 401, "authentication_error");
        }

        @Test
        void non_admin_paths_are_not_guarded() {
            assertThat(client.toBlocking().exchange(HttpRequest.GET("/openapi.yml")).code()).isEqualTo(200);
        }

        private void assertRejected(MutableHttpRequest<?> request, int status, String type) {
            HttpClientResponseException failure = catchThrowableOfType(HttpClientResponseException.class,
                    () -> client.toBlocking().exchange(request, JSON));
            assertThat(failure.code()).isEqualTo(status);
            assertThat(failure.getResponse().getBody(JSON).orElseThrow())
                    .extractingByKey("error").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsEntry("type", type);
        }
    }

    @Test
    void without_a_key_the_admin_api_is_off() {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                        Map.of("spec.name", "AdminAuthFilterTest", "endpoints.all.enabled", false));
                HttpClient client = HttpClient.create(server.getURL())) {
            HttpClientResponseException failure = catchThrowableOfType(HttpClientResponseException.class,
                    () -> client.toBlocking().exchange(probe().bearerAuth("anything"), JSON));

            assertThat(failure.code()).isEqualTo(403);
            assertThat(failure.getResponse().getBody(String.class).orElseThrow()).contains("admin_disabled", "ADMIN_API_KEY");
        }
    }

    private static MutableHttpRequest<?> probe() {
        return HttpRequest.GET("/admin/probe");
    }
}
