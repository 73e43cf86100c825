package dev.switchyard.gateway.domain.conversation;

import java.util.List;
import java.util.Objects;

/**
 * What a client asks the assistant: the model it named, the system prompt (flattened to text, empty
 * when none), the messages so far, the tools it offers and whether it wants extended thinking.
 */
public record Conversation(String model, String system, List<Message> messages, List<ToolDefinition> tools,
        ThinkingMode thinking) {

    public Conversation {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(thinking, "thinking");
        messages = List.copyOf(messages);
        tools = List.copyOf(tools);
        if (model.isBlank()) {
            throw new IllegalArgumentException("a conversation names a model");
        }
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a conversation has at least one message");
        }
    }

    public static Conversation of(String model, List<Message> messages) {
        return new Conversation(model, "", messages, List.of(), ThinkingMode.DISABLED);
    }
}
