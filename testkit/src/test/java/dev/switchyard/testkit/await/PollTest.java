package dev.switchyard.testkit.await;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollTest {

    @Test
    void returns_once_the_condition_holds() {
        AtomicInteger attempts = new AtomicInteger();

        Poll.until("third attempt", Duration.ofSeconds(5), () -> attempts.incrementAndGet() >= 3);

        assertThat(attempts).hasValue(3);
    }

    @Test
    void fails_naming_what_it_waited_for() {
        assertThatThrownBy(() -> Poll.until("the moon", Duration.ofMillis(50), () -> false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the moon");
    }

    @Test
    void untilAsserted_rethrows_the_last_assertion_at_the_deadline() {
        assertThatThrownBy(() -> Poll.untilAsserted(Duration.ofMillis(50), () -> assertThat(1).isEqualTo(2)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected: 2");
    }

    @Test
    void forValue_returns_the_first_non_null_value() {
        AtomicInteger attempts = new AtomicInteger();

        String value = Poll.forValue("a value", Duration.ofSeconds(5), () -> attempts.incrementAndGet() < 2 ? null : "ready");

        assertThat(value).isEqualTo("ready");
    }
}
