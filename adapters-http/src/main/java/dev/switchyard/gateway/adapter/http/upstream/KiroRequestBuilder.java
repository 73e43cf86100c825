package dev.switchyard.gateway.adapter.http.upstream;

import dev.switchyard.gateway.domain.KiroCredentials;
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
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the {@code conversationState} Kiro understands from a conversation, following the
 * reference's mapping (kiro-protocol.md §2.4, AIC {@code buildCodewhispererRequest}) plus the extra
 * validations that avoid "400 Improperly formed request": system prompt placement, thinking prefix,
 * trailing-prefill removal, merging of consecutive same-role messages, tool call/result pairing,
 * a history that alternates and ends with the assistant, placeholders for empty content, tool
 * definitions cleaned and limited (and placeholders for tools only the history names), images only in
 * the last five messages. Empty fields are omitted, never sent as null. No HTML escaping (Jackson).
 */
final class KiroRequestBuilder {

    static final String ORIGIN = "AI_EDITOR";
    static final String NO_TOOL = "no_tool_available";
    static final int KEEP_IMAGES_FOR_LAST = 5;
    private static final int MIN_THINKING_BUDGET = 1024;
    private static final int MAX_THINKING_BUDGET = 24_576;
    private static final int DEFAULT_THINKING_BUDGET = 20_000;
    private static final Set<String> UNSUPPORTED_TOOLS = Set.of("web_search", "websearch");

    private final KiroSettings settings;
    private final JsonMapper json;

    KiroRequestBuilder(KiroSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
    }

    KiroRequest build(Conversation conversation, KiroCredentials credentials) {
        String modelId = settings.models().kiroModelId(conversation.model());
        KiroToolNames names = new KiroToolNames(settings.maxToolNameLength(), conversation.tools());
        Map<String, JsonNode> schemas = parsedSchemas(conversation.tools());
        List<Message> messages = KiroToolPairing.clean(merged(withoutPrefill(conversation.messages())),
                use -> isEmptyObject(use.input()) && KiroSchemaSanitizer.hasRequiredProperties(
                        schemas.get(use.name().toLowerCase(Locale.ROOT))));
        String system = withThinkingPrefix(conversation.system(), conversation.thinking());
        Entries entries = new Entries(modelId, names);

        List<JsonNode> history = new ArrayList<>();
        int last = messages.size() - 1;
        int start = 0;
        boolean systemInCurrent = false;
        if (!system.isEmpty()) {
            if (last == 0 && messages.getFirst().role() == Role.USER) {
                systemInCurrent = true;
            } else if (messages.getFirst().role() == Role.USER) {
                history.add(entries.user(messages.getFirst(), keepImages(0, last),
                        system + "\n\n" + messages.getFirst().text()));
                start = 1;
            } else {
                history.add(entries.userText(system));
            }
        }
        for (int i = start; i < last; i++) {
            Message message = messages.get(i);
            history.add(message.role() == Role.USER ? entries.user(message, keepImages(i, last), null) : entries.assistant(message));
        }

        Message current = messages.get(last);
        Map<String, JsonNode> userInput;
        if (current.role() == Role.ASSISTANT) {
            history.add(entries.assistant(current));
            userInput = entries.userInput("Continue", List.of(), List.of());
        } else {
            if (!history.isEmpty() && history.getLast().get("userInputMessage") != null) {
                history.add(entries.assistantText("Continue"));
            }
            String content = contentOrPlaceholder(current.text(), hasToolResults(current));
            if (systemInCurrent) {
                content = system + "\n\n" + content;
            }
            userInput = entries.userInput(content, images(current), toolResults(current));
        }
        Map<String, JsonNode> context = new LinkedHashMap<>();
        JsonNode results = userInput.remove("toolResults");
        if (results != null) {
            context.put("toolResults", results);
        }
        context.put("tools", JsonNode.createArrayNode(tools(conversation.tools(), schemas, names, entries.usedToolNames())));
        userInput.put("userInputMessageContext", JsonNode.createObjectNode(context));

        Map<String, JsonNode> state = new LinkedHashMap<>();
        state.put("agentTaskType", text("vibe"));
        state.put("chatTriggerType", text("MANUAL"));
        state.put("conversationId", text(UUID.randomUUID().toString()));
        state.put("currentMessage", object("userInputMessage", JsonNode.createObjectNode(userInput)));
        if (!history.isEmpty()) {
            state.put("history", JsonNode.createArrayNode(history));
        }
        Map<String, JsonNode> body = new LinkedHashMap<>();
        body.put("conversationState", JsonNode.createObjectNode(state));
        credentials.profileArn().filter(arn -> !arn.isBlank()).ifPresent(arn -> body.put("profileArn", text(arn)));
        try {
            return new KiroRequest(json.writeValueAsBytes(JsonNode.createObjectNode(body)), names,
                    conversation.thinking().requested());
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the Kiro request", e);
        }
    }

    // --- messages -------------------------------------------------------------------------------

    /** A trailing assistant message that is only "{" is a JSON prefill Kiro cannot continue (AIC). */
    private static List<Message> withoutPrefill(List<Message> messages) {
        Message last = messages.getLast();
        if (messages.size() > 1 && last.role() == Role.ASSISTANT && !last.content().isEmpty()
                && last.content().getFirst() instanceof ContentBlock.Text(String text) && text.equals("{")) {
            return messages.subList(0, messages.size() - 1);
        }
        return messages;
    }

    /** Consecutive messages of one role become one (a client retry can send two assistant messages in a row). */
    private static List<Message> merged(List<Message> messages) {
        List<Message> merged = new ArrayList<>(messages.size());
        for (Message message : messages) {
            if (!merged.isEmpty() && merged.getLast().role() == message.role()) {
                List<ContentBlock> content = new ArrayList<>(merged.getLast().content());
                content.addAll(message.content());
                merged.set(merged.size() - 1, new Message(message.role(), content));
            } else {
                merged.add(message);
            }
        }
        return merged;
    }

    private static boolean keepImages(int index, int last) {
        return last - index <= KEEP_IMAGES_FOR_LAST;
    }

    private static boolean hasToolResults(Message message) {
        return message.content().stream().anyMatch(ContentBlock.ToolResult.class::isInstance);
    }

    private static String contentOrPlaceholder(String text, boolean hasToolResults) {
        if (!text.isEmpty()) {
            return text;
        }
        return hasToolResults ? "Tool results provided." : "Continue";
    }

    private static List<ContentBlock.Image> images(Message message) {
        return message.content().stream().filter(ContentBlock.Image.class::isInstance).map(ContentBlock.Image.class::cast).toList();
    }

    private static List<ContentBlock.ToolResult> toolResults(Message message) {
        return message.content().stream().filter(ContentBlock.ToolResult.class::isInstance)
                .map(ContentBlock.ToolResult.class::cast).toList();
    }

    // --- thinking -------------------------------------------------------------------------------

    static String withThinkingPrefix(String system, ThinkingMode thinking) {
        String prefix = switch (thinking) {
            case ThinkingMode.Disabled disabled -> null;
            case ThinkingMode.Enabled(int budget) -> "<thinking_mode>enabled</thinking_mode><max_thinking_length>"
                    + thinkingBudget(budget) + "</max_thinking_length>";
            case ThinkingMode.Adaptive(String effort) -> "<thinking_mode>adaptive</thinking_mode><thinking_effort>"
                    + (Set.of("low", "medium", "high").contains(effort) ? effort : "high") + "</thinking_effort>";
        };
        if (prefix == null) {
            return system;
        }
        if (system.isEmpty()) {
            return prefix;
        }
        boolean alreadyThere = system.contains("<thinking_mode>") || system.contains("<max_thinking_length>")
                || system.contains("<thinking_effort>");
        return alreadyThere ? system : prefix + "\n" + system;
    }

    private static int thinkingBudget(int requested) {
        if (requested <= 0) {
            return DEFAULT_THINKING_BUDGET;
        }
        return Math.min(Math.max(requested, MIN_THINKING_BUDGET), MAX_THINKING_BUDGET);
    }

    // --- tools ----------------------------------------------------------------------------------

    private Map<String, JsonNode> parsedSchemas(List<ToolDefinition> tools) {
        Map<String, JsonNode> schemas = new HashMap<>();
        for (ToolDefinition tool : tools) {
            schemas.putIfAbsent(tool.name().toLowerCase(Locale.ROOT), parse(tool.inputSchema()));
        }
        return schemas;
    }

    private List<JsonNode> tools(List<ToolDefinition> defined, Map<String, JsonNode> schemas, KiroToolNames names,
            Set<String> usedInHistory) {
        List<JsonNode> specs = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        for (ToolDefinition tool : defined) {
            String lower = tool.name().toLowerCase(Locale.ROOT);
            if (UNSUPPORTED_TOOLS.contains(lower) || !known.add(lower)) {
                continue;
            }
            String description = tool.description().isBlank() ? tool.name() : limited(tool.description());
            specs.add(spec(names.toKiro(tool.name()), description, KiroSchemaSanitizer.sanitizeTopLevel(schemas.get(lower))));
        }
        for (String name : usedInHistory) {
            if (known.add(name.toLowerCase(Locale.ROOT))) {
                specs.add(spec(names.toKiro(name), "A tool used earlier in this conversation.",
                        KiroSchemaSanitizer.sanitizeTopLevel(null)));
            }
        }
        if (specs.isEmpty()) {
            specs.add(spec(NO_TOOL, "This is a placeholder tool when no other tools are available. It does nothing.",
                    KiroSchemaSanitizer.sanitizeTopLevel(null)));
        }
        return specs;
    }

    private String limited(String description) {
        int max = settings.maxToolDescriptionLength();
        if (description.length() <= max) {
            return description;
        }
        int cut = Character.isHighSurrogate(description.charAt(max - 1)) ? max - 1 : max;
        return description.substring(0, cut) + "...";
    }

    private static JsonNode spec(String name, String description, JsonNode schema) {
        Map<String, JsonNode> specification = new LinkedHashMap<>();
        specification.put("name", text(name));
        specification.put("description", text(description));
        specification.put("inputSchema", object("json", schema));
        return object("toolSpecification", JsonNode.createObjectNode(specification));
    }

    // --- JSON -----------------------------------------------------------------------------------

    private JsonNode parse(JsonText text) {
        try {
            return json.readValue(text.value(), JsonNode.class);
        } catch (IOException notJson) {
            return JsonNode.createObjectNode(Map.of());
        }
    }

    private boolean isEmptyObject(JsonText input) {
        JsonNode node = parse(input);
        return node.isObject() && node.size() == 0;
    }

    /** A tool call's input as an object, without empty-string keys, which Kiro rejects (AIC). */
    private JsonNode toolInput(JsonText input) {
        JsonNode node = parse(input);
        if (!node.isObject()) {
            return JsonNode.createObjectNode(Map.of());
        }
        Map<String, JsonNode> clean = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.entries()) {
            if (!entry.getKey().isEmpty()) {
                clean.put(entry.getKey(), entry.getValue());
            }
        }
        return JsonNode.createObjectNode(clean);
    }

    private static JsonNode text(String value) {
        return JsonNode.createStringNode(value);
    }

    private static JsonNode object(String key, JsonNode value) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        map.put(key, value);
        return JsonNode.createObjectNode(map);
    }

    /** History and current-message entries of one request; remembers the tool names the history calls. */
    private final class Entries {

        private final String modelId;
        private final KiroToolNames names;
        private final Set<String> usedToolNames = new LinkedHashSet<>();

        Entries(String modelId, KiroToolNames names) {
            this.modelId = modelId;
            this.names = names;
        }

        Set<String> usedToolNames() {
            return usedToolNames;
        }

        JsonNode userText(String content) {
            return object("userInputMessage", JsonNode.createObjectNode(userInput(content, List.of(), List.of())));
        }

        /** A user message of the history; {@code content} replaces its text when given. */
        JsonNode user(Message message, boolean keepImages, String content) {
            List<ContentBlock.Image> images = images(message);
            String text = content != null ? content : message.text();
            if (!keepImages && !images.isEmpty()) {
                String note = "[" + images.size() + " image(s) of this earlier message omitted]";
                text = text.isEmpty() ? note : text + "\n" + note;
                images = List.of();
            }
            List<ContentBlock.ToolResult> results = toolResults(message);
            Map<String, JsonNode> input = userInput(contentOrPlaceholder(text, !results.isEmpty()), images, results);
            JsonNode toolResults = input.remove("toolResults");
            if (toolResults != null) {
                input.put("userInputMessageContext", object("toolResults", toolResults));
            }
            return object("userInputMessage", JsonNode.createObjectNode(input));
        }

        /** content, modelId, origin, images (when any), toolResults (when any; the caller places them). */
        Map<String, JsonNode> userInput(String content, List<ContentBlock.Image> images, List<ContentBlock.ToolResult> results) {
            Map<String, JsonNode> input = new LinkedHashMap<>();
            input.put("content", text(content));
            input.put("modelId", text(modelId));
            input.put("origin", text(ORIGIN));
            if (!images.isEmpty()) {
                List<JsonNode> list = new ArrayList<>();
                for (ContentBlock.Image image : images) {
                    Map<String, JsonNode> entry = new LinkedHashMap<>();
                    entry.put("format", text(image.format()));
                    entry.put("source", object("bytes", text(image.base64Data())));
                    list.add(JsonNode.createObjectNode(entry));
                }
                input.put("images", JsonNode.createArrayNode(list));
            }
            if (!results.isEmpty()) {
                List<JsonNode> list = new ArrayList<>();
                for (ContentBlock.ToolResult result : results) {
                    Map<String, JsonNode> entry = new LinkedHashMap<>();
                    entry.put("content", JsonNode.createArrayNode(List.of(object("text", text(result.text())))));
                    entry.put("status", text("success"));
                    entry.put("toolUseId", text(result.toolUseId()));
                    list.add(JsonNode.createObjectNode(entry));
                }
                input.put("toolResults", JsonNode.createArrayNode(list));
            }
            return input;
        }

        JsonNode assistantText(String content) {
            return object("assistantResponseMessage", object("content", text(content)));
        }

        /** Thinking goes back inside the text as {@code <thinking>…</thinking>}; tool calls as toolUses. */
        JsonNode assistant(Message message) {
            StringBuilder thinking = new StringBuilder();
            List<JsonNode> toolUses = new ArrayList<>();
            for (ContentBlock block : message.content()) {
                switch (block) {
                    case ContentBlock.Thinking(String text) -> thinking.append(text);
                    case ContentBlock.ToolUse use -> {
                        usedToolNames.add(use.name());
                        Map<String, JsonNode> entry = new LinkedHashMap<>();
                        entry.put("input", toolInput(use.input()));
                        entry.put("name", text(names.toKiro(use.name())));
                        entry.put("toolUseId", text(use.id()));
                        toolUses.add(JsonNode.createObjectNode(entry));
                    }
                    case ContentBlock.Text ignored -> {
                    }
                    case ContentBlock.Image ignored -> {
                    }
                    case ContentBlock.ToolResult ignored -> {
                    }
                }
            }
            String content = message.text();
            if (!thinking.isEmpty()) {
                content = "<thinking>" + thinking + "</thinking>" + (content.isEmpty() ? "" : "\n\n" + content);
            }
            Map<String, JsonNode> response = new LinkedHashMap<>();
            response.put("content", text(content.isEmpty() ? " " : content));
            if (!toolUses.isEmpty()) {
                response.put("toolUses", JsonNode.createArrayNode(toolUses));
            }
            return object("assistantResponseMessage", JsonNode.createObjectNode(response));
        }
    }
}
