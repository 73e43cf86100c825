package dev.switchyard.messaging.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.messaging.application.port.out.RetrySchedule;
import dev.switchyard.messaging.domain.QueuedMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RetrySchedule} promises. Each test works in its own far-future time window,
 * so retries left by other tests on a shared store are never due in it.
 */
public abstract class RetryScheduleContract {

    private static final Duration LEASE = Duration.ofSeconds(30);

    protected abstract RetrySchedule schedule();

    private Instant base;

    @BeforeEach
    void takeAnUnusedWindow() {
        base = Windows.next();
    }

    private QueuedMessage secondAttempt(String name) {
        return MessagingFixtures.queued("retry-contract-" + name + "-" + UUID.randomUUID()).nextAttempt(base.minusSeconds(10));
    }

    @Test
    void a_retry_is_not_due_before_its_time_and_is_due_after() {
        QueuedMessage retry = secondAttempt("due");
        schedule().schedule(retry, base.plusSeconds(5), "deadlock detected");

        assertThat(schedule().claimDue(base.plusSeconds(4), 10, LEASE)).doesNotContain(retry);
        assertThat(schedule().claimDue(base.plusSeconds(5), 10, LEASE)).containsExactly(retry);
    }

    @Test
    void a_claimed_retry_is_leased_and_comes_due_again_when_the_lease_runs_out() {
        QueuedMessage retry = secondAttempt("lease");
        schedule().schedule(retry, base, "timeout");

        assertThat(schedule().claimDue(base, 10, LEASE)).containsExactly(retry);
        assertThat(schedule().claimDue(base.plusSeconds(29), 10, LEASE)).isEmpty();
        assertThat(schedule().claimDue(base.plus(LEASE), 10, LEASE)).containsExactly(retry);
    }

    @Test
    void complete_removes_the_claimed_attempt_but_not_a_newer_schedule() {
        QueuedMessage retry = secondAttempt("complete");
        schedule().schedule(retry, base, "timeout");
        schedule().claimDue(base, 10, LEASE);
        QueuedMessage third = retry.nextAttempt(base);
        schedule().schedule(third, base.plusSeconds(60), "timeout again");

        schedule().complete(retry.key(), retry.attempt());
        assertThat(schedule().claimDue(base.plusSeconds(60), 10, LEASE)).containsExactly(third);

        schedule().complete(third.key(), third.attempt());
        assertThat(schedule().claimDue(base.plusSeconds(3600), 10, LEASE)).isEmpty();
    }

    @Test
    void due_retries_come_oldest_first_up_to_the_limit_and_are_counted() {
        QueuedMessage first = secondAttempt("a");
        QueuedMessage second = secondAttempt("b");
        QueuedMessage third = secondAttempt("c");
        long before = schedule().size();
        schedule().schedule(third, base.plusSeconds(3), "x");
        schedule().schedule(first, base.plusSeconds(1), "x");
        schedule().schedule(second, base.plusSeconds(2), "x");

        assertThat(schedule().size()).isEqualTo(before + 3);
        assertThat(schedule().claimDue(base.plusSeconds(10), 2, LEASE)).containsExactly(first, second);
        assertThat(schedule().claimDue(base.plusSeconds(10), 2, LEASE)).containsExactly(third);
    }

    /**
     * A day of its own for each test, far in the future and earlier than every window before it:
     * what an earlier test left scheduled is never due in a later test's window.
     */
    private static final class Windows {
        private static final AtomicLong DAYS_AHEAD = new AtomicLong(1_000_000);

        static Instant next() {
            return Instant.parse("2100-01-01T00:00:00Z").plus(Duration.ofDays(DAYS_AHEAD.decrementAndGet()));
        }
    }
}
