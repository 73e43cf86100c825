package dev.switchyard.gateway.adapter.http.api;

import dev.switchyard.gateway.domain.reply.ReplyBlock;
import dev.switchyard.gateway.domain.reply.StopReason;
import dev.switchyard.gateway.domain.reply.Usage;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON documents of the Messages API: a message, its content blocks, its usage. */
final class MessageJson {

    private final JsonMapper json;

    MessageJson(JsonMapper json) {
        this.json = json;
    }

    static String newMessageId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** A message; {@code content} empty and {@code stopReason} null at the opening of a stream. */
    JsonNode message(String id, String model, List<JsonNode> content, StopReason stopReason, Usage usage) {
        return JsonTree.obj("id", id, "type", "message", "role", "assistant", "model", model,
                "content", JsonTree.array(content), "stop_reason", stopReason == null ? null : stopReason.wireName(),
                "stop_sequence", null, "usage", usage(usage));
    }

    JsonNode completed(String id, String model, List<ReplyBlock> blocks, StopReason stopReason, Usage usage) {
        List<JsonNode> content = new ArrayList<>(blocks.size());
        for (ReplyBlock block : blocks) {
            content.add(switch (block) {
                case ReplyBlock.Text(String text) -> JsonTree.obj("type", "text", "text", text);
                case ReplyBlock.Thinking(String thinking) -> JsonTree.obj("type", "thinking", "thinking", thinking, "signature", "");
                case ReplyBlock.ToolUse(String toolId, String name, String input) ->
                        JsonTree.obj("type", "tool_use", "id", toolId, "name", name, "input", toolInput(input));
            });
        }
        return message(id, model, content, stopReason, usage);
    }

    static JsonNode usage(Usage usage) {
        return JsonTree.obj("input_tokens", usage.inputTokens(), "cache_creation_input_tokens", usage.cacheCreationInputTokens(),
                "cache_read_input_tokens", usage.cacheReadInputTokens(), "output_tokens", usage.outputTokens());
    }

    /** A tool call's input as an object; input that is not a JSON object is kept as {@code raw_arguments}. */
    JsonNode toolInput(String input) {
        if (input.isBlank()) {
            return JsonNode.createObjectNode(Map.of());
        }
        try {
            JsonNode node = json.readValue(input, JsonNode.class);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (IOException | RuntimeException notJson) {
            // kept raw below
        }
        return JsonTree.obj("raw_arguments", input);
    }

    String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
