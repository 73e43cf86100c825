package dev.switchyard.gateway.adapter.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenAiTokenCounterTest {

    private final OpenAiTokenCounter counter = new OpenAiTokenCounter();

    @Test
    void counts_cl100k_tokens_and_nothing_for_empty_text() {
        assertThat(counter.count("")).isZero();
        assertThat(counter.count(null)).isZero();
        assertThat(counter.count("hello world")).isEqualTo(2);
        assertThat(counter.count("<|endoftext|>")).as("special tokens are counted as ordinary text").isGreaterThan(1);
    }

    @Test
    void longer_text_has_more_tokens() {
        assertThat(counter.count("The quick brown fox jumps over the lazy dog. ".repeat(10)))
                .isGreaterThan(counter.count("The quick brown fox jumps over the lazy dog. "));
    }
}
