package dev.switchyard.messaging.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.testkit.await.Poll;
import dev.switchyard.testkit.dev.SwitchyardProcess;
import dev.switchyard.testkit.servers.FreePort;
import dev.switchyard.testkit.servers.RealServers;
import java.io.IOException;
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
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Black box: the JAR configured by the product contract's messaging variables ({@code QUEUE_BACKEND=memory},
 * {@code WORKER_CONCURRENCY}, {@code RETRY_MAX_ATTEMPTS}, {@code RETRY_MAX_AGE}, {@code DLQ_RETENTION},
 * {@code ADMIN_API_KEY}) accepts an SMS, persists it, and reports the settings it took from the environment.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessagingJarIT {

    private static final String ADMIN_KEY = "messaging-jar-it-admin";

    private final HttpClient http = HttpClient.newHttpClient();
    private final MessagingDatabase database = new MessagingDatabase();
    private Path log;
    private SwitchyardProcess app;

    @BeforeAll
    void start() throws IOException {
        Map<String, String> environment = new HashMap<>();
        environment.putAll(RealServers.postgres().environment());
        environment.putAll(RealServers.redis().environment());
        environment.putAll(RealServers.kafka().environment());
        environment.put("PORT", Integer.toString(FreePort.next()));
        environment.put("ADMIN_API_KEY", ADMIN_KEY);
        environment.put("QUEUE_BACKEND", "memory");
        environment.put("WORKER_ENABLED", "true");
        environment.put("WORKER_CONCURRENCY", "3");
        environment.put("RETRY_MAX_ATTEMPTS", "4");
        environment.put("RETRY_MAX_AGE", "PT30M");
        environment.put("DLQ_RETENTION", "P7D");
        log = Files.createTempFile(Path.of("target"), "messaging-jar-", ".log");
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
    void an_sms_accepted_on_the_memory_backend_is_persisted_and_the_settings_come_from_the_environment() throws Exception {
        String customer = "jar-" + UUID.randomUUID();
        HttpResponse<String> accepted = send(HttpRequest.newBuilder(uri("/api/v1/messages/sms"))
                .header("Content-Type", "application/json").header("Idempotency-Key", customer)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"customer_id\":\"" + customer + "\",\"to\":\"+442071838750\",\"body\":\"secret body 5521\"}")));

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(accepted.body()).isEqualTo("{\"status\":\"accepted\",\"idempotencyKey\":\"" + customer + "\"}");
        Poll.until("the message persisted", Duration.ofSeconds(30), () -> database.messages(customer) == 1);

        HttpResponse<String> queue = send(HttpRequest.newBuilder(uri("/admin/messaging/queue"))
                .header("Authorization", "Bearer " + ADMIN_KEY).GET());
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("\"backend\":\"memory\"", "\"workerEnabled\":true", "\"workerConcurrency\":3");
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).as("the body is never logged").noneMatch(line -> line.contains("secret body 5521"));
    }

    private URI uri(String path) {
        return app.baseUri().resolve(path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
