package dev.switchyard.gateway.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A call the {@link KiroSimulator} received; header names are lower case. */
public record RecordedKiroRequest(String method, String path, Map<String, String> headers, String body) {

    public RecordedKiroRequest {
        headers = Map.copyOf(headers);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    public Optional<String> bearerToken() {
        return header("authorization")
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).trim());
    }

    public JsonNode json() {
        return Json.read(body);
    }

    /** {@code conversationState.currentMessage.userInputMessage}. */
    public JsonNode currentMessage() {
        return json().path("conversationState").path("currentMessage").path("userInputMessage");
    }
}
