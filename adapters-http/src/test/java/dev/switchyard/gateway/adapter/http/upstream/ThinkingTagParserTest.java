package dev.switchyard.gateway.adapter.http.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.domain.reply.AssistantEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThinkingTagParserTest {

    private final List<AssistantEvent> out = new ArrayList<>();
    private final ThinkingTagParser parser = new ThinkingTagParser(out::add);

    private String thinking() {
        StringBuilder text = new StringBuilder();
        out.stream().filter(AssistantEvent.ThinkingDelta.class::isInstance)
                .forEach(event -> text.append(((AssistantEvent.ThinkingDelta) event).thinking()));
        return text.toString();
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        out.stream().filter(AssistantEvent.TextDelta.class::isInstance)
                .forEach(event -> text.append(((AssistantEvent.TextDelta) event).text()));
        return text.toString();
    }

    @Test
    void tags_split_across_chunks_are_found_and_their_newlines_dropped() {
        for (String chunk : List.of("  <thi", "nking>\nI pon", "der.</think", "ing>\n", "\nAnswer", ".")) {
            parser.text(chunk);
        }
        parser.boundary();

        assertThat(thinking()).isEqualTo("I ponder.");
        assertThat(text()).isEqualTo("Answer.");
        assertThat(out.getFirst()).isInstanceOf(AssistantEvent.ThinkingDelta.class);
    }

    @Test
    void a_quoted_closing_tag_does_not_end_the_thinking() {
        parser.text("<thinking>the tag \"</thinking>\" is literal</thinking>\n\nDone");
        parser.boundary();

        assertThat(thinking()).isEqualTo("the tag \"</thinking>\" is literal");
        assertThat(text()).isEqualTo("Done");
    }

    @Test
    void text_that_does_not_open_with_the_tag_is_all_text() {
        parser.text("Plain answer mentioning <thinking> later.");
        parser.boundary();

        assertThat(thinking()).isEmpty();
        assertThat(text()).isEqualTo("Plain answer mentioning <thinking> later.");
    }

    @Test
    void thinking_cut_off_by_a_tool_call_is_flushed_as_thinking() {
        parser.text("<thinking>\nhalf a thou");
        parser.boundary();

        assertThat(thinking()).isEqualTo("half a thou");
        assertThat(text()).isEmpty();
    }
}
