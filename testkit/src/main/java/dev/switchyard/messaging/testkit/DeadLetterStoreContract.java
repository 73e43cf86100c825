package dev.switchyard.messaging.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.messaging.application.port.out.DeadLetterStore;
import dev.switchyard.messaging.domain.DeadLetter;
import dev.switchyard.messaging.domain.DeadLetterId;
import dev.switchyard.messaging.domain.OutboundMessageEvent;
import dev.switchyard.messaging.domain.StoredDeadLetter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link DeadLetterStore} promises. */
public abstract class DeadLetterStoreContract {

    protected abstract DeadLetterStore store();

    private static final Instant AT = Instant.parse("2026-11-24T12:00:00.654321Z");

    private static DeadLetter letter(OutboundMessageEvent event, Instant at) {
        return new DeadLetter(new DeadLetter.Message(event), "permanent failure: value too long", 3, at);
    }

    private StoredDeadLetter lastAdded() {
        List<StoredDeadLetter> all = store().list(0, Integer.MAX_VALUE);
        return all.getLast();
    }

    @Test
    void a_dead_letter_is_kept_whole_and_found_by_id() {
        OutboundMessageEvent event = MessagingFixtures.emailEvent("dlq-" + UUID.randomUUID());
        store().add(letter(event, AT));

        StoredDeadLetter stored = lastAdded();

        assertThat(stored.letter()).isEqualTo(letter(event, AT));
        assertThat(store().find(stored.id())).contains(stored);
    }

    @Test
    void an_undecodable_record_is_kept_with_its_payload() {
        DeadLetter undecodable = new DeadLetter(new DeadLetter.Undecodable("kafka:t/0@7", "{\"schema_version\":9}"),
                "undecodable: unsupported schema_version 9", 0, AT);
        store().add(undecodable);

        assertThat(lastAdded().letter()).isEqualTo(undecodable);
    }

    @Test
    void one_message_is_dead_once() {
        OutboundMessageEvent event = MessagingFixtures.smsEvent("dlq-" + UUID.randomUUID());
        long before = store().count();

        store().add(letter(event, AT));
        store().add(letter(event, AT.plusSeconds(1)));

        assertThat(store().count()).isEqualTo(before + 1);
    }

    @Test
    void pages_go_by_ascending_id() {
        long after = store().list(0, Integer.MAX_VALUE).stream().mapToLong(stored -> stored.id().value()).max().orElse(0);
        for (int i = 0; i < 5; i++) {
            store().add(letter(MessagingFixtures.smsEvent("dlq-page-" + i + "-" + UUID.randomUUID()), AT));
        }

        List<StoredDeadLetter> first = store().list(after, 3);
        List<StoredDeadLetter> second = store().list(first.getLast().id().value(), 3);

        assertThat(first).hasSize(3);
        assertThat(second).hasSize(2);
        assertThat(second.getFirst().id().value()).isGreaterThan(first.getLast().id().value());
    }

    @Test
    void delete_and_delete_older_than() {
        store().add(letter(MessagingFixtures.smsEvent("dlq-old-" + UUID.randomUUID()), Instant.parse("2001-01-01T00:00:00Z")));
        StoredDeadLetter old = lastAdded();
        store().add(letter(MessagingFixtures.smsEvent("dlq-new-" + UUID.randomUUID()), AT));
        StoredDeadLetter recent = lastAdded();

        assertThat(store().deleteOlderThan(Instant.parse("2001-01-02T00:00:00Z"))).isGreaterThanOrEqualTo(1);
        assertThat(store().find(old.id())).isEmpty();
        assertThat(store().find(recent.id())).isPresent();

        assertThat(store().delete(recent.id())).isTrue();
        assertThat(store().delete(recent.id())).isFalse();
        assertThat(store().find(DeadLetterId.of(recent.id().value()))).isEmpty();
    }
}
