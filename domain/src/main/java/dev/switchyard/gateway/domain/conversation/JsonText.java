package dev.switchyard.gateway.domain.conversation;

import java.util.Objects;

/**
 * A JSON document kept as the text the client sent (a tool's input schema, a tool call's input).
 * The core passes it through and counts it; adapters parse it where they must change it.
 */
public record JsonText(String value) {

    public static final JsonText EMPTY_OBJECT = new JsonText("{}");

    public JsonText {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a JSON document cannot be blank");
        }
    }

    public static JsonText of(String value) {
        return new JsonText(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
