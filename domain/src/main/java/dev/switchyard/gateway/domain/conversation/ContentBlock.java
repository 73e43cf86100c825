package dev.switchyard.gateway.domain.conversation;

import java.util.Objects;

/** One block of a message's content. */
public sealed interface ContentBlock {

    record Text(String text) implements ContentBlock {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A base64 image; {@code mediaType} is e.g. {@code image/png}. */
    record Image(String mediaType, String base64Data) implements ContentBlock {
        public Image {
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(base64Data, "base64Data");
        }

        /** The subtype Kiro calls the format: {@code png} for {@code image/png}. */
        public String format() {
            int slash = mediaType.indexOf('/');
            return slash < 0 ? mediaType : mediaType.substring(slash + 1);
        }
    }

    /** A call of a tool the assistant made earlier in the conversation. */
    record ToolUse(String id, String name, JsonText input) implements ContentBlock {
        public ToolUse {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(input, "input");
        }
    }

    /** The answer to a tool call, flattened to text; {@code imageCount} images it carried are not forwarded. */
    record ToolResult(String toolUseId, String text, boolean isError, int imageCount) implements ContentBlock {
        public ToolResult {
            Objects.requireNonNull(toolUseId, "toolUseId");
            Objects.requireNonNull(text, "text");
            if (imageCount < 0) {
                throw new IllegalArgumentException("imageCount must not be negative");
            }
        }
    }

    /** The assistant's visible reasoning from an earlier turn. */
    record Thinking(String thinking) implements ContentBlock {
        public Thinking {
            Objects.requireNonNull(thinking, "thinking");
        }
    }
}
