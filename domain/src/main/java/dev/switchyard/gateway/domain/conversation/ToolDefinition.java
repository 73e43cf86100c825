package dev.switchyard.gateway.domain.conversation;

import java.util.Objects;

/** A tool the client offers the model; {@code description} may be empty. */
public record ToolDefinition(String name, String description, JsonText inputSchema) {

    public ToolDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(inputSchema, "inputSchema");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a tool needs a name");
        }
    }
}
