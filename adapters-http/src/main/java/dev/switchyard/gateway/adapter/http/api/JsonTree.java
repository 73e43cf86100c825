package dev.switchyard.gateway.adapter.http.api;

import io.micronaut.json.tree.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for the JSON the API writes, keeping the field order of Anthropic's documents. */
final class JsonTree {

    private JsonTree() {
    }

    /** {@code obj("type", "x", "n", 3)}: values are JsonNode, String, Integer, Long, Boolean or null. */
    static JsonNode obj(Object... keysAndValues) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], node(keysAndValues[i + 1]));
        }
        return JsonNode.createObjectNode(fields);
    }

    static JsonNode array(List<JsonNode> items) {
        return JsonNode.createArrayNode(items);
    }

    static JsonNode node(Object value) {
        return switch (value) {
            case null -> JsonNode.nullNode();
            case JsonNode node -> node;
            case String text -> JsonNode.createStringNode(text);
            case Integer number -> JsonNode.createNumberNode(number);
            case Long number -> JsonNode.createNumberNode(number);
            case Boolean flag -> JsonNode.createBooleanNode(flag);
            default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        };
    }
}
