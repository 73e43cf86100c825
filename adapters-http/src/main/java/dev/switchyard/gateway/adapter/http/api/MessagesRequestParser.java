package dev.switchyard.gateway.adapter.http.api;

import dev.switchyard.gateway.domain.conversation.ContentBlock;
import dev.switchyard.gateway.domain.conversation.Conversation;
import dev.switchyard.gateway.domain.conversation.JsonText;
import dev.switchyard.gateway.domain.conversation.Message;
import dev.switchyard.gateway.domain.conversation.Role;
import dev.switchyard.gateway.domain.conversation.ThinkingMode;
import dev.switchyard.gateway.domain.conversation.ToolDefinition;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a Claude Messages API body into a {@link Conversation}, refusing with {@link InvalidRequest}
 * (naming the field, as {@code messages.1.content.0.type}) whatever Anthropic's API would refuse, so
 * that nothing malformed reaches the upstream. Fields Kiro cannot use ({@code temperature},
 * {@code metadata}, {@code tool_choice} …) are accepted and ignored.
 */
final class MessagesRequestParser {

    /** The client's request: the conversation and whether the reply streams. */
    record Parsed(Conversation conversation, boolean stream) {
    }

    private static final Pattern TOOL_NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,128}$");

    private final JsonMapper json;

    MessagesRequestParser(JsonMapper json) {
        this.json = json;
    }

    /** {@code POST /v1/messages}: {@code max_tokens} is required. */
    Parsed messages(String body) {
        JsonNode root = root(body);
        JsonNode maxTokens = root.get("max_tokens");
        if (maxTokens == null || maxTokens.isNull()) {
            throw new InvalidRequest("max_tokens", "Field required");
        }
        if (!maxTokens.isNumber() || maxTokens.getDoubleValue() != Math.rint(maxTokens.getDoubleValue())
                || maxTokens.getDoubleValue() < 1) {
            throw new InvalidRequest("max_tokens", "must be a positive integer");
        }
        JsonNode stream = root.get("stream");
        if (stream != null && !stream.isNull() && !stream.isBoolean()) {
            throw new InvalidRequest("stream", "must be a boolean");
        }
        return new Parsed(conversation(root), stream != null && stream.isBoolean() && stream.getBooleanValue());
    }

    /** {@code POST /v1/messages/count_tokens}: the same body without {@code max_tokens}. */
    Conversation countTokens(String body) {
        return conversation(root(body));
    }

    private JsonNode root(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequest("", "the request body is empty: send a JSON object");
        }
        JsonNode root;
        try {
            root = json.readValue(body, JsonNode.class);
        } catch (IOException | RuntimeException notJson) {
            throw new InvalidRequest("", "the request body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidRequest("", "the request body must be a JSON object");
        }
        return root;
    }

    private Conversation conversation(JsonNode root) {
        String model = requiredString(root, "model", "model");
        List<Message> messages = messages(root.get("messages"));
        return new Conversation(model, system(root.get("system")), messages, tools(root.get("tools")), thinking(root.get("thinking")));
    }

    private static String requiredString(JsonNode parent, String name, String path) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            throw new InvalidRequest(path, "Field required");
        }
        if (!value.isString()) {
            throw new InvalidRequest(path, "must be a string");
        }
        if (value.getStringValue().isBlank()) {
            throw new InvalidRequest(path, "must not be empty");
        }
        return value.getStringValue();
    }

    private static String optionalString(JsonNode parent, String name, String path) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isString()) {
            throw new InvalidRequest(path, "must be a string");
        }
        return value.getStringValue();
    }

    // --- system and messages -----------------------------------------------------------------------

    private static String system(JsonNode system) {
        if (system == null || system.isNull()) {
            return "";
        }
        if (system.isString()) {
            return system.getStringValue();
        }
        if (!system.isArray()) {
            throw new InvalidRequest("system", "must be a string or an array of text blocks");
        }
        StringBuilder text = new StringBuilder();
        int i = 0;
        for (JsonNode block : system.values()) {
            String path = "system." + i++;
            if (!block.isObject() || !"text".equals(optionalString(block, "type", path + ".type"))) {
                throw new InvalidRequest(path + ".type", "system blocks must be of type \"text\"");
            }
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(requiredText(block, path));
        }
        return text.toString();
    }

    private List<Message> messages(JsonNode messages) {
        if (messages == null || messages.isNull()) {
            throw new InvalidRequest("messages", "Field required");
        }
        if (!messages.isArray()) {
            throw new InvalidRequest("messages", "must be an array");
        }
        if (messages.size() == 0) {
            throw new InvalidRequest("messages", "at least one message is required");
        }
        List<Message> parsed = new ArrayList<>(messages.size());
        int i = 0;
        for (JsonNode message : messages.values()) {
            String path = "messages." + i;
            if (!message.isObject()) {
                throw new InvalidRequest(path, "must be an object with role and content");
            }
            Role role = role(requiredString(message, "role", path + ".role"), path + ".role");
            if (i == 0 && role != Role.USER) {
                throw new InvalidRequest(path + ".role", "the first message must use the \"user\" role");
            }
            parsed.add(new Message(role, content(message.get("content"), role, path + ".content")));
            i++;
        }
        return parsed;
    }

    private static Role role(String role, String path) {
        return switch (role) {
            case "user" -> Role.USER;
            case "assistant" -> Role.ASSISTANT;
            default -> throw new InvalidRequest(path, "must be \"user\" or \"assistant\", got \"" + role + "\"");
        };
    }

    private List<ContentBlock> content(JsonNode content, Role role, String path) {
        if (content == null || content.isNull()) {
            throw new InvalidRequest(path, "Field required");
        }
        if (content.isString()) {
            return List.of(new ContentBlock.Text(content.getStringValue()));
        }
        if (!content.isArray()) {
            throw new InvalidRequest(path, "must be a string or an array of content blocks");
        }
        List<ContentBlock> blocks = new ArrayList<>(content.size());
        int i = 0;
        for (JsonNode block : content.values()) {
            String blockPath = path + "." + i++;
            if (!block.isObject()) {
                throw new InvalidRequest(blockPath, "must be a content block object");
            }
            ContentBlock parsed = block(block, role, blockPath);
            if (parsed != null) {
                blocks.add(parsed);
            }
        }
        return blocks;
    }

    /** One content block; null for blocks that carry nothing to forward (redacted thinking). */
    private ContentBlock block(JsonNode block, Role role, String path) {
        String type = requiredString(block, "type", path + ".type");
        return switch (type) {
            case "text" -> new ContentBlock.Text(requiredText(block, path));
            case "image" -> image(block, path);
            case "tool_use" -> {
                if (role != Role.ASSISTANT) {
                    throw new InvalidRequest(path + ".type", "tool_use blocks belong to assistant messages");
                }
                JsonNode input = block.get("input");
                if (input == null || !input.isObject()) {
                    throw new InvalidRequest(path + ".input", "must be an object");
                }
                yield new ContentBlock.ToolUse(requiredString(block, "id", path + ".id"),
                        requiredString(block, "name", path + ".name"), JsonText.of(write(input)));
            }
            case "tool_result" -> {
                if (role != Role.USER) {
                    throw new InvalidRequest(path + ".type", "tool_result blocks belong to user messages");
                }
                yield toolResult(block, path);
            }
            case "thinking" -> new ContentBlock.Thinking(optionalString(block, "thinking", path + ".thinking"));
            case "redacted_thinking" -> null;
            case "document" -> new ContentBlock.Text(document(block, path));
            default -> throw new InvalidRequest(path + ".type", "unknown content block type \"" + type
                    + "\" (expected text, image, tool_use, tool_result, thinking, document)");
        };
    }

    private static String requiredText(JsonNode block, String path) {
        JsonNode text = block.get("text");
        if (text == null || !text.isString()) {
            throw new InvalidRequest(path + ".text", "Field required (a string)");
        }
        return text.getStringValue();
    }

    private static ContentBlock.Image image(JsonNode block, String path) {
        JsonNode source = block.get("source");
        if (source == null || !source.isObject()) {
            throw new InvalidRequest(path + ".source", "Field required");
        }
        String kind = requiredString(source, "type", path + ".source.type");
        if (!kind.equals("base64")) {
            throw new InvalidRequest(path + ".source.type", "only base64 image sources are supported, not \"" + kind + "\"");
        }
        String mediaType = requiredString(source, "media_type", path + ".source.media_type");
        if (!List.of("image/jpeg", "image/png", "image/gif", "image/webp").contains(mediaType)) {
            throw new InvalidRequest(path + ".source.media_type", "must be image/jpeg, image/png, image/gif or image/webp");
        }
        return new ContentBlock.Image(mediaType, requiredString(source, "data", path + ".source.data"));
    }

    /** A plain-text document is forwarded as text; other sources cannot reach Kiro. */
    private static String document(JsonNode block, String path) {
        JsonNode source = block.get("source");
        if (source != null && source.isObject() && "text".equals(optionalString(source, "type", path + ".source.type"))) {
            return optionalString(source, "data", path + ".source.data");
        }
        throw new InvalidRequest(path + ".source", "only text documents are supported");
    }

    private static ContentBlock.ToolResult toolResult(JsonNode block, String path) {
        String id = requiredString(block, "tool_use_id", path + ".tool_use_id");
        JsonNode isError = block.get("is_error");
        boolean error = isError != null && isError.isBoolean() && isError.getBooleanValue();
        JsonNode content = block.get("content");
        if (content == null || content.isNull()) {
            return new ContentBlock.ToolResult(id, "", error, 0);
        }
        if (content.isString()) {
            return new ContentBlock.ToolResult(id, content.getStringValue(), error, 0);
        }
        if (!content.isArray()) {
            throw new InvalidRequest(path + ".content", "must be a string or an array of text and image blocks");
        }
        StringBuilder text = new StringBuilder();
        int images = 0;
        int i = 0;
        for (JsonNode part : content.values()) {
            String partPath = path + ".content." + i++;
            String type = part.isObject() ? requiredString(part, "type", partPath + ".type") : "";
            switch (type) {
                case "text" -> {
                    if (!text.isEmpty()) {
                        text.append('\n');
                    }
                    text.append(requiredText(part, partPath));
                }
                case "image" -> {
                    image(part, partPath);
                    images++;
                }
                default -> throw new InvalidRequest(partPath + ".type", "tool results hold text and image blocks");
            }
        }
        return new ContentBlock.ToolResult(id, text.toString(), error, images);
    }

    // --- tools and thinking ------------------------------------------------------------------------

    private List<ToolDefinition> tools(JsonNode tools) {
        if (tools == null || tools.isNull()) {
            return List.of();
        }
        if (!tools.isArray()) {
            throw new InvalidRequest("tools", "must be an array");
        }
        List<ToolDefinition> parsed = new ArrayList<>();
        int i = 0;
        for (JsonNode tool : tools.values()) {
            String path = "tools." + i++;
            if (!tool.isObject()) {
                throw new InvalidRequest(path, "must be a tool object");
            }
            String name = requiredString(tool, "name", path + ".name");
            JsonNode schema = tool.get("input_schema");
            String type = optionalString(tool, "type", path + ".type");
            if ((schema == null || schema.isNull()) && !type.isEmpty() && !type.equals("custom")) {
                continue; // a server tool (web search, code execution …): Kiro cannot run it
            }
            if (!TOOL_NAME.matcher(name).matches()) {
                throw new InvalidRequest(path + ".name", "must match ^[a-zA-Z0-9_-]{1,128}$");
            }
            if (schema == null || !schema.isObject()) {
                throw new InvalidRequest(path + ".input_schema", "Field required (a JSON schema object)");
            }
            parsed.add(new ToolDefinition(name, optionalString(tool, "description", path + ".description"),
                    JsonText.of(write(schema))));
        }
        return parsed;
    }

    private static ThinkingMode thinking(JsonNode thinking) {
        if (thinking == null || thinking.isNull()) {
            return ThinkingMode.DISABLED;
        }
        if (!thinking.isObject()) {
            throw new InvalidRequest("thinking", "must be an object");
        }
        String type = requiredString(thinking, "type", "thinking.type");
        return switch (type) {
            case "disabled" -> ThinkingMode.DISABLED;
            case "enabled" -> {
                JsonNode budget = thinking.get("budget_tokens");
                if (budget == null || !budget.isNumber() || budget.getIntValue() < 1) {
                    throw new InvalidRequest("thinking.budget_tokens", "must be a positive integer");
                }
                yield new ThinkingMode.Enabled(budget.getIntValue());
            }
            case "adaptive" -> {
                String effort = optionalString(thinking, "effort", "thinking.effort");
                yield new ThinkingMode.Adaptive(effort.isEmpty() ? "high" : effort);
            }
            default -> throw new InvalidRequest("thinking.type", "must be \"enabled\", \"adaptive\" or \"disabled\"");
        };
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (IOException e) {
            throw new InvalidRequest("", "could not re-encode a JSON value");
        }
    }
}
