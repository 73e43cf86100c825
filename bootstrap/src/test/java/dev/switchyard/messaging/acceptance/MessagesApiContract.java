package dev.switchyard.messaging.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchyard.testkit.servers.WithRealServers;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The HTTP acceptance of area C against one queue backend, with the worker off so the queue keeps
 * what was enqueued: a valid SMS or email is 202 and exactly one event; an invalid one is 4xx and no
 * event; an Idempotency-Key replay is the same 202 and no second event; the key with another body is 422.
 */
abstract class MessagesApiContract extends WithRealServers {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient client;

    /** Events on the queue now. */
    abstract long eventsQueued();

    abstract String backend();

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("messaging.queue.backend", backend());
        properties.put("messaging.worker.enabled", "false");
        properties.put("messaging.kafka.topic", "it.messages-api." + UUID.randomUUID());
        return properties;
    }

    @Test
    void a_valid_sms_is_202_and_exactly_one_event() {
        long before = eventsQueued();

        HttpResponse<Map<String, Object>> response = post("/api/v1/messages/sms", sms("+14155552671", "Your code is 1234"), null);

        assertThat(response.code()).isEqualTo(202);
        assertThat(response.body()).containsEntry("status", "accepted").containsKey("idempotencyKey");
        assertThat(eventsQueued()).isEqualTo(before + 1);
    }

    @Test
    void a_valid_email_is_202_and_exactly_one_event() {
        long before = eventsQueued();

        HttpResponse<Map<String, Object>> response = post("/api/v1/messages/email",
                "{\"customer_id\":\"api-c2\",\"to\":\"jane@example.com\",\"from\":\"noreply@acme.io\",\"subject\":\"Order\","
                        + "\"text\":\"shipped\",\"html\":\"<p>shipped</p>\"}", null);

        assertThat(response.code()).isEqualTo(202);
        assertThat(response.body()).containsEntry("status", "accepted");
        assertThat(eventsQueued()).isEqualTo(before + 1);
    }

    @Test
    void invalid_requests_are_4xx_naming_the_field_and_enqueue_nothing() {
        long before = eventsQueued();

        HttpClientResponseException badPhone = failure("/api/v1/messages/sms", sms("+1234", "hi"), null);
        HttpClientResponseException emptyBody = failure("/api/v1/messages/sms", sms("+14155552671", ""), null);
        HttpClientResponseException badEmail = failure("/api/v1/messages/email",
                "{\"customer_id\":\"api-c2\",\"to\":\"jane@\",\"from\":\"noreply@acme.io\",\"subject\":\"S\",\"text\":\"t\"}", null);
        HttpClientResponseException notJson = failure("/api/v1/messages/email", "not json", null);

        assertThat(List.of(badPhone, emptyBody, badEmail, notJson)).allSatisfy(error -> assertThat(error.code()).isEqualTo(400));
        assertThat(fields(badPhone)).containsExactly("to");
        assertThat(fields(emptyBody)).containsExactly("body");
        assertThat(fields(badEmail)).containsExactly("to");
        assertThat(eventsQueued()).isEqualTo(before);
    }

    @Test
    void an_idempotency_key_replay_is_the_same_202_and_another_body_under_it_is_422() {
        String key = "order-" + UUID.randomUUID();
        long before = eventsQueued();

        HttpResponse<Map<String, Object>> first = post("/api/v1/messages/sms", sms("+14155552671", "first"), key);
        HttpResponse<Map<String, Object>> replay = post("/api/v1/messages/sms", sms("+14155552671", "first"), key);
        HttpClientResponseException other = failure("/api/v1/messages/sms", sms("+14155552671", "another body"), key);

        assertThat(first.code()).isEqualTo(202);
        assertThat(first.body()).isEqualTo(Map.of("status", "accepted", "idempotencyKey", key));
        assertThat(replay.code()).isEqualTo(202);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(other.code()).isEqualTo(422);
        assertThat(eventsQueued()).isEqualTo(before + 1);
    }

    private static String sms(String to, String body) {
        return "{\"customer_id\":\"api-c1\",\"to\":\"" + to + "\",\"body\":\"" + body + "\"}";
    }

    private HttpResponse<Map<String, Object>> post(String path, String body, String key) {
        return client.toBlocking().exchange(request(path, body, key), JSON);
    }

    private HttpClientResponseException failure(String path, String body, String key) {
        return catchThrowableOfType(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(request(path, body, key), JSON));
    }

    private static MutableHttpRequest<String> request(String path, String body, String key) {
        MutableHttpRequest<String> request = HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE);
        return key == null ? request : request.header("Idempotency-Key", key);
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(HttpClientResponseException error) {
        Map<String, Object> body = error.getResponse().getBody(JSON).orElseThrow();
        List<Map<String, Object>> fields = (List<Map<String, Object>>) ((Map<String, Object>) body.get("error")).get("fields");
        return fields.stream().map(field -> (String) field.get("field")).toList();
    }
}
