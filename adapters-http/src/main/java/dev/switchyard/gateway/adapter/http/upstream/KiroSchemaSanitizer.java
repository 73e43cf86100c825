package dev.switchyard.gateway.adapter.http.upstream;

import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tool input schemas in the shape Kiro accepts (kiro-protocol.md §2.4 extra validations): property
 * names starting with {@code $} are removed (also from {@code required}); {@code properties} is an
 * object, {@code required} an array of strings, {@code additionalProperties} a boolean or a schema, or
 * they are dropped; the top level is an object schema. Nested schemas are cleaned the same way.
 */
final class KiroSchemaSanitizer {

    private KiroSchemaSanitizer() {
    }

    static JsonNode sanitizeTopLevel(JsonNode schema) {
        Map<String, JsonNode> clean = schema != null && schema.isObject() ? sanitizeObject(schema) : new LinkedHashMap<>();
        JsonNode type = clean.get("type");
        if (type == null || !type.isString() || type.getStringValue().isBlank()) {
            clean.put("type", JsonNode.createStringNode("object"));
        }
        if ("object".equals(clean.get("type").getStringValue()) && !clean.containsKey("properties")) {
            clean.put("properties", JsonNode.createObjectNode(Map.of()));
        }
        return JsonNode.createObjectNode(clean);
    }

    private static JsonNode sanitize(JsonNode schema) {
        return schema.isObject() ? JsonNode.createObjectNode(sanitizeObject(schema)) : schema;
    }

    private static Map<String, JsonNode> sanitizeObject(JsonNode schema) {
        Map<String, JsonNode> clean = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : schema.entries()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            switch (key) {
                case "type" -> {
                    JsonNode type = type(value);
                    if (type != null) {
                        clean.put(key, type);
                    }
                }
                case "properties" -> clean.put(key, properties(value));
                case "required" -> {
                    if (value.isArray()) {
                        clean.put(key, required(value));
                    }
                }
                case "additionalProperties" -> {
                    if (value.isBoolean() || value.isObject()) {
                        clean.put(key, sanitize(value));
                    }
                }
                case "items" -> {
                    if (value.isObject() || value.isArray()) {
                        clean.put(key, value.isObject() ? sanitize(value) : sanitizeAll(value));
                    }
                }
                case "anyOf", "oneOf", "allOf" -> {
                    if (value.isArray()) {
                        clean.put(key, sanitizeAll(value));
                    }
                }
                default -> clean.put(key, value);
            }
        }
        return clean;
    }

    /** A string type stays; a list of types (["string","null"]) becomes its first non-null type. */
    private static JsonNode type(JsonNode value) {
        if (value.isString() && !value.getStringValue().isBlank()) {
            return value;
        }
        if (value.isArray()) {
            for (JsonNode item : value.values()) {
                if (item.isString() && !item.getStringValue().isBlank() && !"null".equals(item.getStringValue())) {
                    return item;
                }
            }
        }
        return null;
    }

    private static JsonNode properties(JsonNode value) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> property : value.entries()) {
                if (!property.getKey().startsWith("$")) {
                    JsonNode schema = property.getValue();
                    properties.put(property.getKey(), schema.isObject() ? sanitize(schema) : JsonNode.createObjectNode(Map.of()));
                }
            }
        }
        return JsonNode.createObjectNode(properties);
    }

    private static JsonNode required(JsonNode value) {
        List<JsonNode> names = new ArrayList<>();
        for (JsonNode name : value.values()) {
            if (name.isString() && !name.getStringValue().startsWith("$")) {
                names.add(name);
            }
        }
        return JsonNode.createArrayNode(names);
    }

    private static JsonNode sanitizeAll(JsonNode array) {
        List<JsonNode> schemas = new ArrayList<>();
        for (JsonNode item : array.values()) {
            schemas.add(sanitize(item));
        }
        return JsonNode.createArrayNode(schemas);
    }

    /** True when the schema names required properties (its tool cannot be called with an empty input). */
    static boolean hasRequiredProperties(JsonNode schema) {
        if (schema == null || !schema.isObject()) {
            return false;
        }
        JsonNode required = schema.get("required");
        return required != null && required.isArray() && required.size() > 0;
    }
}
