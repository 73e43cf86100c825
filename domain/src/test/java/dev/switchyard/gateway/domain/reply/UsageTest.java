package dev.switchyard.gateway.domain.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UsageTest {

    /** Expected values computed by hand with the seed's DistributeTokens (Go integer division). */
    @ParameterizedTest(name = "{0} input tokens -> {1} / {2} / {3}")
    @CsvSource({
        "0,     0,   0,    0",
        "27,    27,  0,    0",
        "28,    28,  0,    0",
        "99,    99,  0,    0",
        "100,   3,   7,    90",
        "101,   3,   7,    91",
        "1000,  35,  71,   894",
        "10000, 357, 714,  8929",
    })
    void splits_one_two_twenty_five_from_one_hundred_tokens(int total, int input, int creation, int read) {
        Usage usage = Usage.split(total, 42);

        assertThat(usage).isEqualTo(new Usage(input, 42, creation, read));
        assertThat(usage.totalInputTokens()).isEqualTo(total);
    }

    @Test
    void the_split_does_not_overflow_on_huge_prompts() {
        Usage usage = Usage.split(Integer.MAX_VALUE, 0);

        assertThat(usage.totalInputTokens()).isEqualTo(Integer.MAX_VALUE);
        assertThat(usage.cacheCreationInputTokens()).isEqualTo(153_391_689);
    }

    @Test
    void negative_counts_are_rejected() {
        assertThatThrownBy(() -> Usage.split(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Usage(0, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
