package dev.switchyard.messaging.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchyard.messaging.application.port.in.EnqueueMessageResult;
import dev.switchyard.messaging.domain.EmailMessage;
import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.domain.SmsMessage;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
@Property(name = "spec.name", value = "MessagesControllerTest")
class MessagesControllerTest {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ScriptedEnqueue enqueue;

    @BeforeEach
    void reset() {
        enqueue.reset();
    }

    @Test
    void a_valid_sms_is_enqueued_normalised_and_answered_202() {
        HttpResponse<Map<String, Object>> response = post("/api/v1/messages/sms",
                "{\"customer_id\":\"cust-1\",\"to\":\"+1 (415) 555-2671\",\"from\":\"ACME\",\"body\":\"hi\"}", null);

        assertThat(response.code()).isEqualTo(202);
        assertThat(response.body()).isEqualTo(Map.of("status", "accepted", "idempotencyKey", "auto-test"));
        assertThat(enqueue.commands()).singleElement().satisfies(command -> {
            assertThat(command.clientKey()).isEmpty();
            SmsMessage sms = (SmsMessage) command.message();
            assertThat(sms.to().e164()).isEqualTo("+14155552671");
            assertThat(sms.body()).isEqualTo("hi");
        });
    }

    @Test
    void a_valid_email_with_a_client_key_is_answered_with_that_key() {
        HttpResponse<Map<String, Object>> response = post("/api/v1/messages/email",
                "{\"customer_id\":\"cust-2\",\"to\":\"jane@example.com\",\"from\":\"noreply@acme.io\",\"subject\":\"Hi\",\"text\":\"Hello\"}",
                "order-42");

        assertThat(response.code()).isEqualTo(202);
        assertThat(response.body()).isEqualTo(Map.of("status", "accepted", "idempotencyKey", "order-42"));
        assertThat(enqueue.commands()).singleElement().satisfies(command -> {
            assertThat(command.clientKey()).contains(IdempotencyKey.of("order-42"));
            assertThat(((EmailMessage) command.message()).text()).contains("Hello");
        });
    }

    @Test
    void every_bad_sms_field_is_named_and_nothing_is_enqueued() {
        HttpClientResponseException error = failure("/api/v1/messages/sms",
                "{\"customer_id\":\"\",\"to\":\"+1555\",\"body\":\"\"}", null);

        assertThat(error.code()).isEqualTo(400);
        assertThat(fields(error)).containsExactlyInAnyOrder("customer_id", "to", "body");
        assertThat(enqueue.commands()).isEmpty();
    }

    @Test
    void an_sms_without_to_or_a_non_string_body_is_refused_by_field() {
        HttpClientResponseException error = failure("/api/v1/messages/sms", "{\"customer_id\":\"c\",\"body\":42}", null);

        assertThat(error.code()).isEqualTo(400);
        assertThat(fields(error)).containsExactlyInAnyOrder("to", "body");
        assertThat(enqueue.commands()).isEmpty();
    }

    @Test
    void an_email_needs_a_valid_address_and_a_text_or_html_part() {
        HttpClientResponseException error = failure("/api/v1/messages/email",
                "{\"customer_id\":\"c\",\"to\":\"not-an-address\",\"from\":\"noreply@acme.io\",\"subject\":\"Hi\"}", null);

        assertThat(error.code()).isEqualTo(400);
        assertThat(fields(error)).containsExactlyInAnyOrder("to", "text");
        assertThat(enqueue.commands()).isEmpty();
    }

    @Test
    void a_body_that_is_not_a_json_object_is_400_invalid_json() {
        HttpClientResponseException error = failure("/api/v1/messages/sms", "[1,2", null);

        assertThat(error.code()).isEqualTo(400);
        assertThat(errorBody(error)).containsEntry("type", "invalid_json");
        assertThat(enqueue.commands()).isEmpty();
    }

    @Test
    void a_malformed_idempotency_key_is_a_field_error() {
        HttpClientResponseException error = failure("/api/v1/messages/sms",
                "{\"customer_id\":\"c\",\"to\":\"+14155552671\",\"body\":\"hi\"}", "has space");

        assertThat(error.code()).isEqualTo(400);
        assertThat(fields(error)).containsExactly("Idempotency-Key");
        assertThat(enqueue.commands()).isEmpty();
    }

    @Test
    void a_key_reused_for_another_message_is_422() {
        enqueue.answer(command -> new EnqueueMessageResult.KeyReused(command.clientKey().orElseThrow()));

        HttpClientResponseException error = failure("/api/v1/messages/sms",
                "{\"customer_id\":\"c\",\"to\":\"+14155552671\",\"body\":\"other\"}", "k-1");

        assertThat(error.code()).isEqualTo(422);
        assertThat(errorBody(error)).containsEntry("type", "idempotency_key_reused");
    }

    @Test
    void an_unavailable_queue_is_503_with_retry_after() {
        enqueue.answer(command -> new EnqueueMessageResult.Unavailable("queue"));

        HttpClientResponseException error = failure("/api/v1/messages/sms",
                "{\"customer_id\":\"c\",\"to\":\"+14155552671\",\"body\":\"hi\"}", null);

        assertThat(error.code()).isEqualTo(503);
        assertThat(error.getResponse().getHeaders().get("Retry-After")).isEqualTo("1");
        assertThat(errorBody(error)).containsEntry("type", "service_unavailable");
    }

    @Test
    void a_replay_carries_the_same_body_and_a_replayed_header() {
        enqueue.answer(command -> new EnqueueMessageResult.Accepted(command.clientKey().orElseThrow(), true));

        HttpResponse<Map<String, Object>> response = post("/api/v1/messages/sms",
                "{\"customer_id\":\"c\",\"to\":\"+14155552671\",\"body\":\"hi\"}", "k-2");

        assertThat(response.code()).isEqualTo(202);
        assertThat(response.body()).isEqualTo(Map.of("status", "accepted", "idempotencyKey", "k-2"));
        assertThat(response.getHeaders().get("Idempotent-Replayed")).isEqualTo("true");
    }

    private HttpResponse<Map<String, Object>> post(String path, String body, String key) {
        return client.toBlocking().exchange(request(path, body, key), JSON);
    }

    private HttpClientResponseException failure(String path, String body, String key) {
        return catchThrowableOfType(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(request(path, body, key), JSON));
    }

    private static HttpRequest<String> request(String path, String body, String key) {
        MutableHttpRequest<String> request = HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE);
        return key == null ? request : request.header("Idempotency-Key", key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> errorBody(HttpClientResponseException error) {
        Map<String, Object> body = error.getResponse().getBody(JSON).orElseThrow();
        return (Map<String, Object>) body.get("error");
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(HttpClientResponseException error) {
        List<Map<String, Object>> fields = (List<Map<String, Object>>) errorBody(error).get("fields");
        return fields.stream().map(field -> (String) field.get("field")).toList();
    }
}
