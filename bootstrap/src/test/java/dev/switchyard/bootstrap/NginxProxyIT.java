package dev.switchyard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.testkit.servers.NginxServer;
import dev.switchyard.testkit.servers.RealServers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * deploy/nginx.conf in front of the application: routes, request ids and SSE without buffering.
 * Needs the system nginx (.ci/run installs it); skipped with a message where it is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NginxProxyIT {

    private static final String CLIENT_KEY = "nginx-it-client-key";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private EmbeddedServer app;
    private NginxServer nginx;

    @BeforeAll
    void start() {
        Assumptions.assumeTrue(NginxServer.isInstalled(), "nginx is not installed: apt-get install nginx-light");
        Map<String, Object> properties = new HashMap<>(RealServers.all());
        properties.put("micronaut.server.port", -1);
        properties.put("spec.name", "NginxProxyIT");
        properties.put("gateway.api.api-key", CLIENT_KEY);
        app = ApplicationContext.run(EmbeddedServer.class, properties);
        nginx = NginxServer.start(Path.of("../deploy/nginx.conf"), app.getPort(), Path.of("target"));
    }

    @AfterAll
    void stop() {
        if (nginx != null) {
            nginx.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void status_goes_through_with_an_nginx_request_id_that_the_app_echoes() throws Exception {
        HttpResponse<String> response = get("/v1/status/readyz", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{32}"));
    }

    @Test
    void the_callers_request_id_is_kept() throws Exception {
        HttpResponse<String> response = get("/v1/status/healthz", Map.of("X-Request-Id", "client-id-1"));

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("client-id-1");
    }

    @Test
    void sse_events_reach_the_client_while_the_stream_is_still_open() throws Exception {
        assertStreamsUnbuffered("/v1/messages/held-stream");
    }

    @Test
    void the_seed_001_route_lands_on_v1_messages_and_streams_unbuffered() throws Exception {
        assertStreamsUnbuffered("/claude-kiro-oauth/v1/messages/held-stream");
    }

    @Test
    void metrics_are_reachable_from_the_host_itself() throws Exception {
        assertThat(get("/metrics", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void paths_switchyard_does_not_serve_go_to_the_node_service() throws Exception {
        // nothing listens on the Node upstream (127.0.0.1:3000) here, so nginx answers 502 itself
        assertThat(get("/provider_health", Map.of()).statusCode()).isEqualTo(502);
    }

    private void assertStreamsUnbuffered(String path) throws Exception {
        HeldStreamController stream = app.getApplicationContext().getBean(HeldStreamController.class);
        stream.hold();
        HttpRequest request = HttpRequest.newBuilder(URI.create(nginx.baseUrl() + path))
                .header("Accept", "text/event-stream")
                .header("x-api-key", CLIENT_KEY) // /v1/messages is behind the gateway's client key: nginx passes it on
                .header("Accept-Encoding", "gzip") // as SDKs send it: a compressing proxy would hold events back
                .GET()
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String first = CompletableFuture.supplyAsync(() -> readLine(lines)).get(10, TimeUnit.SECONDS);
            assertThat(first).isEqualTo("data: first");

            stream.release();
            StringBuilder rest = new StringBuilder();
            for (String line = readLine(lines); line != null; line = readLine(lines)) {
                rest.append(line).append('\n');
            }
            assertThat(rest.toString()).contains("data: second");
        }
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(nginx.baseUrl() + path)).timeout(Duration.ofSeconds(10));
        headers.forEach(request::header);
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String readLine(BufferedReader lines) {
        try {
            return lines.readLine();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
