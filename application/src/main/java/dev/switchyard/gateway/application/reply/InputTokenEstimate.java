package dev.switchyard.gateway.application.reply;

import dev.switchyard.gateway.application.port.out.TokenCounter;
import dev.switchyard.gateway.domain.conversation.ContentBlock;
import dev.switchyard.gateway.domain.conversation.Conversation;
import dev.switchyard.gateway.domain.conversation.Message;
import dev.switchyard.gateway.domain.conversation.ToolDefinition;

/**
 * A prompt's size in tokens as the Node service estimates it (kiro-protocol.md §6): the tokenizer over
 * the system prompt, every text, thinking, tool result and tool call input, the tool definitions,
 * and a flat {@value #TOKENS_PER_IMAGE} per image.
 */
public final class InputTokenEstimate {

    public static final int TOKENS_PER_IMAGE = 1600;

    private final TokenCounter tokens;

    public InputTokenEstimate(TokenCounter tokens) {
        this.tokens = tokens;
    }

    public int of(Conversation conversation) {
        long total = tokens.count(conversation.system());
        for (Message message : conversation.messages()) {
            for (ContentBlock block : message.content()) {
                total += switch (block) {
                    case ContentBlock.Text text -> tokens.count(text.text());
                    case ContentBlock.Thinking thinking -> tokens.count(thinking.thinking());
                    case ContentBlock.Image ignored -> TOKENS_PER_IMAGE;
                    case ContentBlock.ToolUse use -> tokens.count(use.name()) + tokens.count(use.input().value());
                    case ContentBlock.ToolResult result ->
                            tokens.count(result.text()) + (long) result.imageCount() * TOKENS_PER_IMAGE;
                };
            }
        }
        for (ToolDefinition tool : conversation.tools()) {
            total += tokens.count(tool.name()) + tokens.count(tool.description()) + tokens.count(tool.inputSchema().value());
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }
}
