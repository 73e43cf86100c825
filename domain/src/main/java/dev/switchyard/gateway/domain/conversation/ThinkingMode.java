package dev.switchyard.gateway.domain.conversation;

import java.util.Objects;

/** Whether the client asked for extended thinking, and how much. */
public sealed interface ThinkingMode {

    ThinkingMode DISABLED = new Disabled();

    record Disabled() implements ThinkingMode {
    }

    /** {@code thinking: {type: "enabled", budget_tokens}}. */
    record Enabled(int budgetTokens) implements ThinkingMode {
    }

    /** {@code thinking: {type: "adaptive"}} with an effort of low, medium or high. */
    record Adaptive(String effort) implements ThinkingMode {
        public Adaptive {
            Objects.requireNonNull(effort, "effort");
        }
    }

    default boolean requested() {
        return !(this instanceof Disabled);
    }
}
