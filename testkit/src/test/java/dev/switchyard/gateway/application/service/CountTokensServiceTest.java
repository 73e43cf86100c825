package dev.switchyard.gateway.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.application.port.in.CountTokensCommand;
import dev.switchyard.gateway.domain.conversation.ContentBlock;
import dev.switchyard.gateway.domain.conversation.Conversation;
import dev.switchyard.gateway.domain.conversation.JsonText;
import dev.switchyard.gateway.domain.conversation.Message;
import dev.switchyard.gateway.domain.conversation.Role;
import dev.switchyard.gateway.domain.conversation.ThinkingMode;
import dev.switchyard.gateway.domain.conversation.ToolDefinition;
import dev.switchyard.gateway.testkit.ApproximateTokenCounter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountTokensServiceTest {

    private final CountTokensService service = new CountTokensService(new ApproximateTokenCounter());

    @Test
    void counts_system_messages_tool_calls_results_tools_and_a_flat_rate_per_image() {
        Conversation conversation = new Conversation("m", "12345678", List.of(
                new Message(Role.USER, List.of(new ContentBlock.Text("1234"), new ContentBlock.Image("image/png", "AAAA"))),
                new Message(Role.ASSISTANT, List.of(new ContentBlock.Thinking("12345"),
                        new ContentBlock.ToolUse("t1", "read", JsonText.of("{\"a\":1}")))),
                new Message(Role.USER, List.of(new ContentBlock.ToolResult("t1", "12", false, 1)))),
                List.of(new ToolDefinition("read", "reads", JsonText.of("{}"))), ThinkingMode.DISABLED);

        // system 2, "1234" 1, image 1600, thinking 2, tool call 1 + 2, result 1 + image 1600, tool definition 1 + 2 + 1
        assertThat(service.count(new CountTokensCommand(conversation)).inputTokens()).isEqualTo(3213);
    }
}
