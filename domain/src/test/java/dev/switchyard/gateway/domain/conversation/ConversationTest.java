package dev.switchyard.gateway.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationTest {

    @Test
    void needs_a_model_and_a_message() {
        assertThatThrownBy(() -> Conversation.of(" ", List.of(Message.user("hi"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Conversation.of("m", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void message_text_joins_the_text_blocks_only() {
        Message message = new Message(Role.USER, List.of(new ContentBlock.Text("a"),
                new ContentBlock.Image("image/png", "AAAA"), new ContentBlock.Text("b")));

        assertThat(message.text()).isEqualTo("ab");
    }

    @Test
    void an_images_format_is_its_media_subtype() {
        assertThat(new ContentBlock.Image("image/webp", "x").format()).isEqualTo("webp");
    }

    @Test
    void thinking_is_requested_unless_disabled() {
        assertThat(ThinkingMode.DISABLED.requested()).isFalse();
        assertThat(new ThinkingMode.Enabled(2048).requested()).isTrue();
        assertThat(new ThinkingMode.Adaptive("low").requested()).isTrue();
    }
}
