package dev.switchyard.gateway.domain.reply;

import java.util.Objects;

/** What the assistant produces, in order, as the upstream streams it. */
public sealed interface AssistantEvent {

    record TextDelta(String text) implements AssistantEvent {
        public TextDelta {
            Objects.requireNonNull(text, "text");
        }
    }

    record ThinkingDelta(String thinking) implements AssistantEvent {
        public ThinkingDelta {
            Objects.requireNonNull(thinking, "thinking");
        }
    }

    /** A tool call begins; its input follows as JSON fragments. */
    record ToolUseStarted(String id, String name) implements AssistantEvent {
        public ToolUseStarted {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }

    /** A piece of a tool call's input JSON; the pieces concatenated make the document. */
    record ToolInputDelta(String id, String partialJson) implements AssistantEvent {
        public ToolInputDelta {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(partialJson, "partialJson");
        }
    }

    record ToolUseStopped(String id) implements AssistantEvent {
        public ToolUseStopped {
            Objects.requireNonNull(id, "id");
        }
    }

    /** How much of the model's context window the whole turn used, in percent. */
    record ContextUsage(double percent) implements AssistantEvent {
        public ContextUsage {
            if (!(percent >= 0) || Double.isInfinite(percent)) {
                throw new IllegalArgumentException("context usage must be a finite non-negative percentage: " + percent);
            }
        }
    }

    /** The upstream said why it stopped; the reply's stop reason also depends on what was produced. */
    record StopReported(StopReason reason) implements AssistantEvent {
        public StopReported {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
