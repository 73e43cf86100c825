package dev.switchyard.gateway.adapter.http.upstream;

import dev.switchyard.gateway.application.port.out.UpstreamRead;
import dev.switchyard.gateway.domain.UpstreamFailure;
import dev.switchyard.gateway.domain.reply.AssistantEvent;
import dev.switchyard.gateway.domain.reply.StopReason;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.eventstream.HeaderValue;
import software.amazon.eventstream.Message;

/**
 * Turns Kiro's event-stream messages into assistant events (kiro-protocol.md §3.3–3.5): text (split
 * into thinking and text when thinking was requested), native reasoning, tool calls streamed as
 * fragments (one block per call id, repeats merged, names mapped back from their aliases), context
 * usage, the upstream's stop reason; exceptions and error messages end the stream as failures. Events
 * that carry nothing for the client (metering, follow-up prompts, code references …) are skipped.
 * One instance reads one stream, on one thread.
 */
final class KiroEventTranslator {

    private static final Logger LOG = LoggerFactory.getLogger(KiroEventTranslator.class);

    private final JsonMapper json;
    private final KiroToolNames toolNames;
    private final Consumer<AssistantEvent> out;
    private final ThinkingTagParser thinking;
    private final Set<String> finishedTools = new HashSet<>();
    private String openTool;

    KiroEventTranslator(JsonMapper json, KiroToolNames toolNames, boolean thinkingRequested, Consumer<AssistantEvent> out) {
        this.json = json;
        this.toolNames = toolNames;
        this.out = out;
        this.thinking = thinkingRequested ? new ThinkingTagParser(out) : null;
    }

    /** Handles one message; returns the stream's end when the message ends it. */
    Optional<UpstreamRead> accept(Message message) {
        String messageType = header(message, ":message-type").orElse("event");
        return switch (messageType) {
            case "event" -> event(header(message, ":event-type").orElse(""), payload(message));
            case "exception" -> exception(header(message, ":exception-type").orElse("UnknownException"),
                    payload(message).map(node -> string(node, "message")).orElse(""));
            case "error" -> Optional.of(broken(classify(header(message, ":error-code").orElse("")),
                    "Kiro error " + header(message, ":error-code").orElse("?") + ": "
                            + header(message, ":error-message").orElse("")));
            default -> {
                LOG.debug("ignoring a Kiro message of type {}", messageType);
                yield Optional.empty();
            }
        };
    }

    /** The stream ended cleanly: flush held-back text and close an open tool call. */
    void finish() {
        boundary();
        closeOpenTool();
    }

    private Optional<UpstreamRead> event(String eventType, Optional<JsonNode> parsed) {
        if (parsed.isEmpty()) {
            LOG.warn("skipping a {} whose payload is not JSON", eventType);
            return Optional.empty();
        }
        JsonNode payload = unwrapped(parsed.get(), eventType);
        switch (eventType) {
            case "assistantResponseEvent" -> {
                JsonNode content = payload.get("content");
                if (payload.get("followupPrompt") == null && content != null && content.isString()) {
                    text(content.getStringValue());
                }
            }
            case "toolUseEvent" -> tool(payload);
            case "reasoningContentEvent" -> {
                JsonNode text = payload.get("text");
                if (text != null && text.isString() && !text.getStringValue().isEmpty()) {
                    out.accept(new AssistantEvent.ThinkingDelta(text.getStringValue()));
                }
            }
            case "contextUsageEvent" -> {
                JsonNode percent = payload.get("contextUsagePercentage");
                if (percent != null && percent.isNumber() && percent.getDoubleValue() >= 0) {
                    out.accept(new AssistantEvent.ContextUsage(percent.getDoubleValue()));
                }
            }
            case "metadataEvent", "messageMetadataEvent" -> stopReason(payload).ifPresent(
                    reason -> out.accept(new AssistantEvent.StopReported(reason)));
            case "invalidStateEvent" -> {
                return Optional.of(broken(UpstreamFailure.INVALID_REQUEST,
                        "Kiro invalid state " + string(payload, "reason") + ": " + string(payload, "message")));
            }
            case "error" -> {
                String type = Objects.toString(string(payload, "__type"), "") + Objects.toString(string(payload, "code"), "");
                return Optional.of(broken(classify(type), "Kiro error " + type + ": " + string(payload, "message")));
            }
            default -> LOG.debug("skipping Kiro event {}", eventType);
        }
        return Optional.empty();
    }

    private Optional<UpstreamRead> exception(String type, String message) {
        if (type.contains("ContentLengthExceeded")) {
            boundary();
            closeOpenTool();
            out.accept(new AssistantEvent.StopReported(StopReason.MAX_TOKENS));
            return Optional.of(UpstreamRead.ENDED);
        }
        UpstreamFailure failure = classify(type);
        if (failure == UpstreamFailure.INVALID_REQUEST && message.contains("Input is too long")) {
            failure = UpstreamFailure.CONTEXT_TOO_LONG;
        }
        return Optional.of(broken(failure, "Kiro exception " + type + ": " + message));
    }

    private UpstreamRead broken(UpstreamFailure failure, String detail) {
        boundary();
        return new UpstreamRead.Broken(failure, KiroErrors.shortened(detail), true);
    }

    /** The failure an in-stream exception or error code stands for. */
    static UpstreamFailure classify(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        if (lower.contains("throttl") || lower.contains("toomanyrequests")) {
            return UpstreamFailure.RATE_LIMITED;
        }
        if (lower.contains("quota")) {
            return UpstreamFailure.QUOTA_EXHAUSTED;
        }
        if (lower.contains("accessdenied")) {
            return UpstreamFailure.ACCOUNT_BLOCKED;
        }
        if (lower.contains("validation") || lower.contains("resourcenotfound") || lower.contains("conflict")) {
            return UpstreamFailure.INVALID_REQUEST;
        }
        return UpstreamFailure.SERVER_ERROR;
    }

    private void text(String chunk) {
        if (openTool != null) {
            closeOpenTool();
        }
        if (thinking != null) {
            thinking.text(chunk);
        } else if (!chunk.isEmpty()) {
            out.accept(new AssistantEvent.TextDelta(chunk));
        }
    }

    private void boundary() {
        if (thinking != null) {
            thinking.boundary();
        }
    }

    /**
     * A tool call fragment: {@code name} and {@code toolUseId} (in every fragment, or only the first),
     * {@code input} (a JSON fragment, or an object in older payloads), {@code stop}.
     */
    private void tool(JsonNode payload) {
        String id = Optional.ofNullable(string(payload, "toolUseId")).filter(value -> !value.isEmpty()).orElse(openTool);
        if (id == null || finishedTools.contains(id)) {
            return;
        }
        if (openTool != null && !openTool.equals(id)) {
            closeOpenTool();
        }
        if (openTool == null) {
            String name = string(payload, "name");
            if (name == null || name.isEmpty()) {
                LOG.warn("skipping a fragment of tool call {} that arrived before its name", id);
                return;
            }
            boundary();
            openTool = id;
            out.accept(new AssistantEvent.ToolUseStarted(id, toolNames.fromKiro(name)));
        }
        String input = input(payload.get("input"));
        if (!input.isEmpty()) {
            out.accept(new AssistantEvent.ToolInputDelta(id, input));
        }
        JsonNode stop = payload.get("stop");
        if (stop != null && stop.isBoolean() && stop.getBooleanValue()) {
            closeOpenTool();
        }
    }

    private String input(JsonNode input) {
        if (input == null || input.isNull()) {
            return "";
        }
        if (input.isString()) {
            return input.getStringValue();
        }
        try {
            return json.writeValueAsString(input);
        } catch (IOException e) {
            return "";
        }
    }

    private void closeOpenTool() {
        if (openTool != null) {
            out.accept(new AssistantEvent.ToolUseStopped(openTool));
            finishedTools.add(openTool);
            openTool = null;
        }
    }

    private static Optional<StopReason> stopReason(JsonNode payload) {
        String reason = string(payload, "stopReason");
        if (reason == null) {
            return Optional.empty();
        }
        return switch (reason.toUpperCase(Locale.ROOT)) {
            case "END_TURN" -> Optional.of(StopReason.END_TURN);
            case "MAX_TOKENS" -> Optional.of(StopReason.MAX_TOKENS);
            case "TOOL_USE" -> Optional.of(StopReason.TOOL_USE);
            case "PAUSE_TURN" -> Optional.of(StopReason.PAUSE_TURN);
            case "CONTENT_FILTERED" -> Optional.of(StopReason.REFUSAL);
            case "MODEL_CONTEXT_WINDOW_EXCEEDED" -> Optional.of(StopReason.MODEL_CONTEXT_WINDOW_EXCEEDED);
            default -> Optional.empty();
        };
    }

    /** Some backends wrap the payload in its type's name: {@code {"assistantResponseEvent":{…}}}. */
    private static JsonNode unwrapped(JsonNode payload, String eventType) {
        JsonNode inner = payload.isObject() && payload.size() == 1 ? payload.get(eventType) : null;
        return inner != null && inner.isObject() ? inner : payload;
    }

    private Optional<JsonNode> payload(Message message) {
        byte[] bytes = message.getPayload();
        if (bytes.length == 0) {
            return Optional.of(JsonNode.createObjectNode(Map.of()));
        }
        try {
            JsonNode node = json.readValue(bytes, JsonNode.class);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.getStringValue() : null;
    }

    private static Optional<String> header(Message message, String name) {
        HeaderValue value = message.getHeaders().get(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(value.getString());
        } catch (RuntimeException notAString) {
            return Optional.of(String.valueOf(value));
        }
    }
}
