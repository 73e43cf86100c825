package dev.switchyard.gateway.domain.reply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.domain.reply.AssistantEvent.ContextUsage;
import dev.switchyard.gateway.domain.reply.AssistantEvent.StopReported;
import dev.switchyard.gateway.domain.reply.AssistantEvent.TextDelta;
import dev.switchyard.gateway.domain.reply.AssistantEvent.ThinkingDelta;
import dev.switchyard.gateway.domain.reply.AssistantEvent.ToolInputDelta;
import dev.switchyard.gateway.domain.reply.AssistantEvent.ToolUseStarted;
import dev.switchyard.gateway.domain.reply.AssistantEvent.ToolUseStopped;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssistantTurnTest {

    private final AssistantTurn turn = new AssistantTurn();

    private void play(AssistantEvent... events) {
        for (AssistantEvent event : events) {
            turn.accept(event);
        }
    }

    @Test
    void consecutive_deltas_of_one_kind_make_one_block_and_text_after_a_tool_opens_a_new_one() {
        play(new ThinkingDelta("let me "), new ThinkingDelta("see"),
                new TextDelta("Hello"), new TextDelta(" there"),
                new ToolUseStarted("t1", "read"), new ToolInputDelta("t1", "{\"pa"), new ToolInputDelta("t1", "th\":1}"),
                new ToolUseStopped("t1"),
                new TextDelta("done"));

        assertThat(turn.blocks()).containsExactly(
                new ReplyBlock.Thinking("let me see"),
                new ReplyBlock.Text("Hello there"),
                new ReplyBlock.ToolUse("t1", "read", "{\"path\":1}"),
                new ReplyBlock.Text("done"));
        assertThat(turn.generatedTexts()).containsExactly("let me see", "Hello there", "{\"path\":1}", "done");
    }

    @Test
    void input_of_an_unknown_tool_call_is_ignored() {
        play(new ToolUseStarted("t1", "read"), new ToolInputDelta("t2", "{}"), new ToolUseStopped("t1"));

        assertThat(turn.blocks()).containsExactly(new ReplyBlock.ToolUse("t1", "read", ""));
    }

    @Test
    void a_tool_call_makes_the_stop_reason_tool_use_whatever_the_upstream_reported() {
        play(new ToolUseStarted("t1", "read"), new ToolUseStopped("t1"), new StopReported(StopReason.END_TURN));

        assertThat(turn.stopReason()).isEqualTo(StopReason.TOOL_USE);
    }

    @Test
    void tool_use_reported_without_any_tool_call_is_not_believed() {
        play(new TextDelta("hi"), new StopReported(StopReason.TOOL_USE));

        assertThat(turn.stopReason()).isEqualTo(StopReason.END_TURN);
    }

    @Test
    void the_upstreams_reason_wins_over_the_derived_ones() {
        play(new TextDelta("hi"), new ContextUsage(100), new StopReported(StopReason.MAX_TOKENS));

        assertThat(turn.stopReason()).isEqualTo(StopReason.MAX_TOKENS);
    }

    @Test
    void a_full_context_window_stops_for_that_reason() {
        play(new TextDelta("hi"), new ContextUsage(100.0));

        assertThat(turn.stopReason()).isEqualTo(StopReason.MODEL_CONTEXT_WINDOW_EXCEEDED);
        assertThat(turn.contextPercent()).isEqualTo(100.0);
    }

    @Test
    void thinking_alone_stops_for_max_tokens() {
        play(new ThinkingDelta("hmm"));

        assertThat(turn.thinkingOnly()).isTrue();
        assertThat(turn.stopReason()).isEqualTo(StopReason.MAX_TOKENS);
    }

    @Test
    void plain_text_ends_the_turn() {
        play(new TextDelta("hi"), new ContextUsage(3.5));

        assertThat(turn.stopReason()).isEqualTo(StopReason.END_TURN);
        assertThat(turn.hasOutput()).isTrue();
    }

    @Test
    void context_usage_alone_is_no_output() {
        play(new ContextUsage(3.5), new TextDelta(""));

        assertThat(turn.hasOutput()).isFalse();
        assertThat(turn.blocks()).isEqualTo(List.of(new ReplyBlock.Text("")));
    }
}
