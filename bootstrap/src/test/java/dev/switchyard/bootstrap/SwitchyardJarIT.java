package dev.switchyard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.testkit.await.Poll;
import dev.switchyard.testkit.dev.SwitchyardProcess;
import dev.switchyard.testkit.servers.FreePort;
import dev.switchyard.testkit.servers.RealServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Black box: {@code java -jar target/switchyard.jar} configured only by the product contract's
 * environment variables, as an operator would run it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SwitchyardJarIT {

    private static final String SECRET_PASSWORD = "jar-it-secret-7f3a";

    private final HttpClient http = HttpClient.newHttpClient();
    private Path log;
    private SwitchyardProcess app;

    @BeforeAll
    void start() throws IOException {
        Map<String, String> environment = new HashMap<>();
        environment.putAll(RealServers.postgres().environment());
        environment.put("DATABASE_PASSWORD", SECRET_PASSWORD); // the embedded server trusts local logins
        environment.putAll(RealServers.redis().environment());
        environment.putAll(RealServers.kafka().environment());
        environment.put("PORT", Integer.toString(FreePort.next()));
        log = Files.createTempFile(Path.of("target"), "switchyard-jar-", ".log");
        app = SwitchyardProcess.start(Path.of("target/switchyard.jar"), environment, ProcessBuilder.Redirect.to(log.toFile()));
        assertThat(app.awaitReady(Duration.ofSeconds(90))).as("ready; log: %s", log).isTrue();
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void answers_on_the_port_from_the_environment_with_every_dependency_ready() throws Exception {
        HttpResponse<String> readyz = get("/v1/status/readyz", "jar-it-ready");

        assertThat(readyz.statusCode()).isEqualTo(200);
        assertThat(readyz.body()).contains("\"status\":\"ready\"", "\"postgresql\"", "\"redis\"", "\"kafka\"");
    }

    @Test
    void logs_are_json_lines_that_carry_the_request_id() throws Exception {
        HttpResponse<String> healthz = get("/v1/status/healthz", "jar-it-42");
        assertThat(healthz.headers().firstValue("X-Request-Id")).hasValue("jar-it-42");

        Poll.until("an access log line with requestId jar-it-42", Duration.ofSeconds(10),
                () -> logLines().stream().anyMatch(line -> line.contains("\"requestId\":\"jar-it-42\"")
                        && line.contains("\"logger_name\":\"dev.switchyard.access\"")
                        && line.contains("GET /v1/status/healthz 200")));
        assertThat(logLines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
    }

    @Test
    void the_database_password_never_reaches_the_log() throws Exception {
        get("/v1/status/readyz", "jar-it-secret");

        assertThat(Files.readString(log)).doesNotContain(SECRET_PASSWORD);
    }

    private HttpResponse<String> get(String path, String requestId) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUri() + path))
                .header("X-Request-Id", requestId)
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private List<String> logLines() {
        try {
            return Files.readAllLines(log).stream().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
