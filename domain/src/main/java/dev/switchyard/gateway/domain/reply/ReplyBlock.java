package dev.switchyard.gateway.domain.reply;

import java.util.Objects;

/** One block of a finished reply, assembled from the events. */
public sealed interface ReplyBlock {

    record Text(String text) implements ReplyBlock {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    record Thinking(String thinking) implements ReplyBlock {
        public Thinking {
            Objects.requireNonNull(thinking, "thinking");
        }
    }

    /** {@code inputJson} is the concatenated fragments, exactly as they arrived (possibly empty). */
    record ToolUse(String id, String name, String inputJson) implements ReplyBlock {
        public ToolUse {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(inputJson, "inputJson");
        }
    }
}
