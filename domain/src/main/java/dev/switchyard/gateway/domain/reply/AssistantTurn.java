package dev.switchyard.gateway.domain.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One reply of the assistant, built up from its events: the blocks it produced (text, thinking and
 * tool calls in the order they began) and what decides its stop reason. Not thread-safe: one reply
 * is read by one consumer.
 */
public final class AssistantTurn {

    private final List<Part> parts = new ArrayList<>();
    private Part open;
    private int toolCalls;
    private boolean sawText;
    private boolean sawThinking;
    private double contextPercent;
    private StopReason reported;

    public void accept(AssistantEvent event) {
        switch (event) {
            case AssistantEvent.TextDelta(String text) -> {
                append(Kind.TEXT, null, null, text);
                sawText |= !text.isEmpty();
            }
            case AssistantEvent.ThinkingDelta(String thinking) -> {
                append(Kind.THINKING, null, null, thinking);
                sawThinking = true;
            }
            case AssistantEvent.ToolUseStarted(String id, String name) -> {
                open = new Part(Kind.TOOL_USE, id, name);
                parts.add(open);
                toolCalls++;
            }
            case AssistantEvent.ToolInputDelta(String id, String partialJson) -> toolPart(id)
                    .ifPresent(part -> part.content.append(partialJson));
            case AssistantEvent.ToolUseStopped(String id) -> {
                if (open != null && open.kind == Kind.TOOL_USE && open.id.equals(id)) {
                    open = null;
                }
            }
            case AssistantEvent.ContextUsage(double percent) -> contextPercent = percent;
            case AssistantEvent.StopReported(StopReason reason) -> reported = reason;
        }
    }

    private void append(Kind kind, String id, String name, String text) {
        if (open == null || open.kind != kind) {
            open = new Part(kind, id, name);
            parts.add(open);
        }
        open.content.append(text);
    }

    private Optional<Part> toolPart(String id) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            Part part = parts.get(i);
            if (part.kind == Kind.TOOL_USE && part.id.equals(id)) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    /** True once anything reached the reply: text, thinking or a tool call. */
    public boolean hasOutput() {
        return sawText || sawThinking || toolCalls > 0;
    }

    /** Thinking and nothing else: the reply gets a placeholder text block and stops for max_tokens (§3.5). */
    public boolean thinkingOnly() {
        return sawThinking && !sawText && toolCalls == 0;
    }

    /** The last context-usage percentage the upstream reported, 0 when it reported none. */
    public double contextPercent() {
        return contextPercent;
    }

    /**
     * Tool use when a tool call was produced (whatever the upstream said: the client must answer it);
     * otherwise the upstream's reason when it gave one; a full context window; max tokens when only
     * thinking came out; else the end of the turn.
     */
    public StopReason stopReason() {
        if (toolCalls > 0) {
            return StopReason.TOOL_USE;
        }
        if (reported != null && reported != StopReason.TOOL_USE) {
            return reported;
        }
        if (contextPercent >= 100) {
            return StopReason.MODEL_CONTEXT_WINDOW_EXCEEDED;
        }
        if (thinkingOnly()) {
            return StopReason.MAX_TOKENS;
        }
        return StopReason.END_TURN;
    }

    public List<ReplyBlock> blocks() {
        List<ReplyBlock> blocks = new ArrayList<>(parts.size());
        for (Part part : parts) {
            blocks.add(switch (part.kind) {
                case TEXT -> new ReplyBlock.Text(part.content.toString());
                case THINKING -> new ReplyBlock.Thinking(part.content.toString());
                case TOOL_USE -> new ReplyBlock.ToolUse(part.id, part.name, part.content.toString());
            });
        }
        return blocks;
    }

    /** Everything the model generated (text, thinking, tool inputs), the text output tokens are counted over. */
    public List<String> generatedTexts() {
        List<String> texts = new ArrayList<>(parts.size());
        for (Part part : parts) {
            texts.add(part.content.toString());
        }
        return texts;
    }

    private enum Kind { TEXT, THINKING, TOOL_USE }

    private static final class Part {
        private final Kind kind;
        private final String id;
        private final String name;
        private final StringBuilder content = new StringBuilder();

        private Part(Kind kind, String id, String name) {
            this.kind = kind;
            this.id = id;
            this.name = name;
        }
    }
}
