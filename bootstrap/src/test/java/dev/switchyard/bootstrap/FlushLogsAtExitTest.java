package dev.switchyard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FlushLogsAtExitTest {

    @Test
    void stops_logging_only_once_the_context_has_stopped() {
        long stopsAt = System.nanoTime() + Duration.ofMillis(200).toNanos();
        AtomicLong loggingStoppedAt = new AtomicLong();

        FlushLogsAtExit.stopLoggingAfter(() -> System.nanoTime() < stopsAt, () -> loggingStoppedAt.set(System.nanoTime()),
                Duration.ofSeconds(30));

        assertThat(loggingStoppedAt.get()).isGreaterThanOrEqualTo(stopsAt);
    }

    @Test
    void stops_logging_after_the_cap_when_the_context_never_stops() {
        AtomicBoolean stopped = new AtomicBoolean();

        FlushLogsAtExit.stopLoggingAfter(() -> true, () -> stopped.set(true), Duration.ofMillis(100));

        assertThat(stopped).isTrue();
    }
}
