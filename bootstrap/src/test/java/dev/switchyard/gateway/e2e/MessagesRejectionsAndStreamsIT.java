package dev.switchyard.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchyard.gateway.testkit.KiroFrames;
import dev.switchyard.gateway.testkit.KiroScript;
import dev.switchyard.testkit.await.Poll;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Raw HTTP against the running app: what is refused before Kiro, and how streams behave on the wire. */
@MicronautTest
class MessagesRejectionsAndStreamsIT extends GatewayE2E {

    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpClient http;

    @BeforeAll
    void client() {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    void closeClient() {
        http.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing model      | {\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}                         | model",
        "empty messages     | {\"model\":\"m\",\"max_tokens\":10,\"messages\":[]}                                                  | messages",
        "missing messages   | {\"model\":\"m\",\"max_tokens\":10}                                                                  | messages",
        "assistant first    | {\"model\":\"m\",\"max_tokens\":10,\"messages\":[{\"role\":\"assistant\",\"content\":\"hi\"}]}        | messages.0.role",
        "unknown role       | {\"model\":\"m\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":\"a\"},{\"role\":\"system\",\"content\":\"b\"}]} | messages.1.role",
        "bad json           | {\"model\": \"m\", \"messages\": [                                                                  | not valid JSON",
        "not an object      | [1,2,3]                                                                                          | JSON object",
        "unknown block type | {\"model\":\"m\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"video\",\"url\":\"x\"}]}]} | messages.0.content.0.type",
        "missing max_tokens | {\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}                                | max_tokens",
        "tool_use from user | {\"model\":\"m\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"tool_use\",\"id\":\"t\",\"name\":\"n\",\"input\":{}}]}]} | messages.0.content.0.type",
        "url image          | {\"model\":\"m\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image\",\"source\":{\"type\":\"url\",\"url\":\"http://x\"}}]}]} | messages.0.content.0.source.type",
        "tool without schema| {\"model\":\"m\",\"max_tokens\":10,\"tools\":[{\"name\":\"t\"}],\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]} | tools.0.input_schema",
    })
    void malformed_requests_get_an_anthropic_400_naming_the_field_and_never_reach_kiro(String name, String body, String field)
            throws Exception {
        HttpResponse<String> response = post("/v1/messages", body.strip(), API_KEY);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).contains("application/json"));
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.path("type").asText()).isEqualTo("error");
        assertThat(error.path("error").path("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.path("error").path("message").asText()).contains(field.strip());
        assertThat(SIMULATOR.requests()).isEmpty();
    }

    @Test
    void a_wrong_or_missing_key_is_a_401_authentication_error_on_every_gateway_path() throws Exception {
        String valid = "{\"model\":\"m\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        for (String path : List.of("/v1/messages", "/claude-kiro-oauth/v1/messages", "/v1/messages/count_tokens")) {
            for (String key : new String[] {"wrong-key", null}) {
                HttpResponse<String> response = post(path, valid, key);
                assertThat(response.statusCode()).as(path + " with " + key).isEqualTo(401);
                JsonNode error = JSON.readTree(response.body());
                assertThat(error.path("error").path("type").asText()).isEqualTo("authentication_error");
            }
        }
        HttpResponse<String> models = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/models")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(models.statusCode()).isEqualTo(401);
        assertThat(SIMULATOR.requests()).isEmpty();
    }

    @Test
    void x_api_key_and_the_nginx_path_are_accepted() throws Exception {
        SIMULATOR.enqueue(KiroScript.stream().text("via nginx path"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/claude-kiro-oauth/v1/messages"))
                .header("x-api-key", API_KEY).header("anthropic-version", "2023-06-01").header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"model\":\"m\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"))
                .build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("content").get(0).path("text").asText()).isEqualTo("via nginx path");
    }

    @Test
    void a_corrupt_frame_ends_the_stream_with_an_error_event_not_a_hang() throws Exception {
        SIMULATOR.enqueue(KiroScript.stream().splitEvery(7).text("fine so far").frame(KiroFrames.corrupt("garbage")).text("lost"));

        List<String> lines = streamLines(streamingBody(), Duration.ofSeconds(10));

        assertThat(eventTypes(lines)).containsExactly("message_start", "content_block_start", "content_block_delta",
                "content_block_stop", "error");
        assertThat(lines).anyMatch(line -> line.contains("\"type\":\"error\"") && line.contains("api_error"));
        assertThat(String.join("\n", lines)).doesNotContain("lost");
    }

    @Test
    void an_error_before_any_output_after_200_is_still_reported_and_the_sse_framing_holds() throws Exception {
        SIMULATOR.enqueue(KiroScript.stream().exception("ValidationException", "Improperly formed request."));

        List<String> lines = streamLines(streamingBody(), Duration.ofSeconds(10));

        assertThat(eventTypes(lines)).containsExactly("message_start", "error");
        assertThat(lines).anyMatch(line -> line.contains("invalid_request_error"));
    }

    @Test
    void metrics_count_refusals_broken_streams_and_open_streams() throws Exception {
        double invalidBefore = metric("switchyard_gateway_messages_total{", "outcome=\"invalid_request\"");
        double streamingBefore = metric("switchyard_gateway_messages_total{", "outcome=\"streaming\"");
        double brokenBefore = metric("switchyard_gateway_streams_broken_total{", "");

        post("/v1/messages", "{\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", API_KEY);
        SIMULATOR.enqueue(KiroScript.stream().text("fine so far").frame(KiroFrames.corrupt("garbage")));
        streamLines(streamingBody(), Duration.ofSeconds(10));

        assertThat(metric("switchyard_gateway_messages_total{", "outcome=\"invalid_request\"")).isEqualTo(invalidBefore + 1);
        assertThat(metric("switchyard_gateway_messages_total{", "outcome=\"streaming\"")).isEqualTo(streamingBefore + 1);
        Poll.until("the broken stream counted and no stream left open", Duration.ofSeconds(10),
                () -> metric("switchyard_gateway_streams_broken_total{", "") == brokenBefore + 1
                        && metric("switchyard_gateway_streams_open ", "") == 0);
    }

    @Test
    void pings_keep_a_quiet_stream_alive() throws Exception {
        SIMULATOR.enqueue(KiroScript.stream().text("a").pause(Duration.ofMillis(1200)).text("b"));

        List<String> lines = streamLines(streamingBody(), Duration.ofSeconds(10));

        List<String> types = eventTypes(lines);
        assertThat(types).contains("ping").endsWith("message_stop");
        assertThat(types.indexOf("ping")).isGreaterThan(types.indexOf("content_block_delta"));
        assertThat(lines).contains("data: {\"type\":\"ping\"}");
    }

    @Test
    void a_client_that_goes_away_cancels_the_upstream_call() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        // a TCP peer learns the other side is gone only on its second write after the close, and so does the
        // gateway towards the client: Kiro keeps writing, paced, well past the moment the gateway cancels
        KiroScript.Stream kiro = KiroScript.stream().text("first").await(release).text("second").pause(Duration.ofSeconds(1));
        for (int chunk = 3; chunk <= 20; chunk++) {
            kiro.text("chunk " + chunk).pause(Duration.ofMillis(300));
        }
        SIMULATOR.enqueue(kiro.text("last"));
        int abandonedBefore = SIMULATOR.abandonedStreams();

        InputStream body = streamingBody();
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null && !line.contains("first")) {
            // read up to the first text
        }
        body.close();
        release.countDown();

        // "second" may still go out before the close is noticed; the later writes then find the call cancelled
        Poll.until("the simulator sees its stream abandoned", Duration.ofSeconds(10),
                () -> SIMULATOR.abandonedStreams() > abandonedBefore);
        assertThat(SIMULATOR.openStreams()).isZero();
    }

    private InputStream streamingBody() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/messages"))
                .header("authorization", "Bearer " + API_KEY).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"model\":\"m\",\"max_tokens\":10,\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"))
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        return response.body();
    }

    /** Every line until the server ends the stream; fails if that takes longer than {@code limit}. */
    private static List<String> streamLines(InputStream body, Duration limit) throws Exception {
        List<String> lines = new ArrayList<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        if (!reader.join(limit)) {
            body.close();
            throw new AssertionError("the stream did not end within " + limit + ": " + lines);
        }
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    private static List<String> eventTypes(List<String> lines) {
        return lines.stream().filter(line -> line.startsWith("event:")).map(line -> line.substring(6).strip()).toList();
    }

    /** The sum of the {@code /metrics} samples whose line starts with {@code prefix} and contains {@code labels}. */
    private double metric(String prefix, String labels) {
        try {
            String text = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/metrics")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return text.lines().filter(line -> line.startsWith(prefix) && line.contains(labels))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(String path, String body, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
