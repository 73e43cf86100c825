package dev.switchyard.messaging.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.messaging.application.port.in.InspectDeadLetterQuery;
import dev.switchyard.messaging.application.port.in.ListDeadLettersQuery;
import dev.switchyard.messaging.application.port.in.PurgeDeadLettersCommand;
import dev.switchyard.messaging.application.port.in.PurgeDeadLettersResult;
import dev.switchyard.messaging.application.port.in.QueueStatsView;
import dev.switchyard.messaging.application.port.in.RedriveDeadLetterCommand;
import dev.switchyard.messaging.application.port.in.RedriveDeadLetterResult;
import dev.switchyard.messaging.domain.DeadLetter;
import dev.switchyard.messaging.domain.DeadLetterId;
import dev.switchyard.messaging.domain.OutboundMessageEvent;
import dev.switchyard.messaging.testkit.InMemoryDeadLetterStore;
import dev.switchyard.messaging.testkit.InMemoryRetrySchedule;
import dev.switchyard.messaging.testkit.MessagingFixtures;
import dev.switchyard.messaging.testkit.ScriptedMessageQueue;
import dev.switchyard.testkit.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DeadLetterServicesTest {

    private final ManualClock clock = ManualClock.at("2026-11-24T10:00:00Z");
    private final InMemoryDeadLetterStore deadLetters = new InMemoryDeadLetterStore();
    private final ScriptedMessageQueue queue = new ScriptedMessageQueue();

    private DeadLetterId add(OutboundMessageEvent event, Instant at) {
        deadLetters.add(new DeadLetter(new DeadLetter.Message(event), "permanent failure", 1, at));
        return deadLetters.list(0, 1000).getLast().id();
    }

    @Test
    void lists_page_by_page() {
        for (int i = 0; i < 5; i++) {
            add(MessagingFixtures.smsEvent("k" + i), clock.instant());
        }
        ListDeadLettersService list = new ListDeadLettersService(deadLetters);

        var first = list.list(new ListDeadLettersQuery(0, 2));
        var last = list.list(new ListDeadLettersQuery(4, 2));

        assertThat(first.letters()).hasSize(2);
        assertThat(first.nextAfter()).isEqualTo(OptionalLong.of(2));
        assertThat(last.letters()).hasSize(1);
        assertThat(last.nextAfter()).isEmpty();
    }

    @Test
    void inspect_finds_one_by_id() {
        DeadLetterId id = add(MessagingFixtures.smsEvent("k"), clock.instant());

        assertThat(new InspectDeadLetterService(deadLetters).inspect(new InspectDeadLetterQuery(id))).isPresent();
        assertThat(new InspectDeadLetterService(deadLetters).inspect(new InspectDeadLetterQuery(DeadLetterId.of(99)))).isEmpty();
    }

    @Test
    void redrive_puts_the_event_back_on_the_queue_and_only_then_forgets_the_letter() {
        OutboundMessageEvent event = MessagingFixtures.smsEvent("k-redrive");
        DeadLetterId id = add(event, clock.instant());
        RedriveDeadLetterService redrive = new RedriveDeadLetterService(deadLetters, queue, Duration.ofSeconds(1));

        queue.down();
        assertThat(redrive.redrive(new RedriveDeadLetterCommand(id))).isInstanceOf(RedriveDeadLetterResult.QueueUnavailable.class);
        assertThat(deadLetters.find(id)).isPresent();

        queue.up();
        assertThat(redrive.redrive(new RedriveDeadLetterCommand(id))).isEqualTo(new RedriveDeadLetterResult.Redriven(event.idempotencyKey()));
        assertThat(queue.published()).containsExactly(event);
        assertThat(deadLetters.find(id)).isEmpty();
        assertThat(redrive.redrive(new RedriveDeadLetterCommand(id))).isEqualTo(new RedriveDeadLetterResult.NotFound());
    }

    @Test
    void an_undecodable_letter_cannot_be_redriven() {
        deadLetters.add(new DeadLetter(new DeadLetter.Undecodable("kafka:t/0@1", "garbage"), "undecodable", 0, clock.instant()));
        DeadLetterId id = deadLetters.list(0, 10).getFirst().id();

        assertThat(new RedriveDeadLetterService(deadLetters, queue, Duration.ofSeconds(1)).redrive(new RedriveDeadLetterCommand(id)))
                .isInstanceOf(RedriveDeadLetterResult.NotRedrivable.class);
        assertThat(queue.published()).isEmpty();
    }

    @Test
    void purge_deletes_one_or_everything_older_than_a_cutoff() {
        DeadLetterId old = add(MessagingFixtures.smsEvent("old"), Instant.parse("2026-11-01T00:00:00Z"));
        DeadLetterId recent = add(MessagingFixtures.smsEvent("recent"), Instant.parse("2026-11-24T09:00:00Z"));
        DeadLetterId other = add(MessagingFixtures.smsEvent("other"), Instant.parse("2026-11-24T09:00:00Z"));
        PurgeDeadLettersService purge = new PurgeDeadLettersService(deadLetters);

        assertThat(purge.purge(new PurgeDeadLettersCommand.One(recent))).isEqualTo(new PurgeDeadLettersResult(1));
        assertThat(purge.purge(new PurgeDeadLettersCommand.One(recent))).isEqualTo(new PurgeDeadLettersResult(0));
        assertThat(purge.purge(new PurgeDeadLettersCommand.OlderThan(Instant.parse("2026-11-02T00:00:00Z"))))
                .isEqualTo(new PurgeDeadLettersResult(1));
        assertThat(deadLetters.find(old)).isEmpty();
        assertThat(deadLetters.find(other)).isPresent();
    }

    @Test
    void prune_applies_the_retention() {
        add(MessagingFixtures.smsEvent("ancient"), clock.instant().minus(Duration.ofDays(15)));
        DeadLetterId young = add(MessagingFixtures.smsEvent("young"), clock.instant().minus(Duration.ofDays(13)));

        var result = new PruneDeadLettersService(deadLetters, Duration.ofDays(14), clock).prune();

        assertThat(result.pruned()).isEqualTo(1);
        assertThat(result.cutoff()).isEqualTo(Instant.parse("2026-11-10T10:00:00Z"));
        assertThat(deadLetters.list(0, 10)).extracting(stored -> stored.id()).containsExactly(young);
    }

    @Test
    void stats_show_backlog_retries_and_dead_letters() {
        InMemoryRetrySchedule retries = new InMemoryRetrySchedule();
        queue.publish(MessagingFixtures.smsEvent("waiting"));
        retries.schedule(MessagingFixtures.queued("r").nextAttempt(clock.instant()), clock.instant(), "x");
        add(MessagingFixtures.smsEvent("dead"), clock.instant());

        var metrics = new dev.switchyard.messaging.testkit.RecordingMessagingMetrics();

        assertThat(new ReadQueueStatsService(queue, retries, deadLetters, metrics).read())
                .isEqualTo(new QueueStatsView(OptionalLong.of(1), 1, 1));
        assertThat(metrics.gauge("backlog")).isEqualTo(1L);
        assertThat(metrics.gauge("dead.letters")).isEqualTo(1L);
    }
}
