package dev.switchyard.messaging.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.messaging.application.port.out.MessageStore;
import dev.switchyard.messaging.application.port.out.StoreOutcome;
import dev.switchyard.messaging.domain.Channel;
import dev.switchyard.messaging.domain.FailureKind;
import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.domain.OutboundMessageEvent;
import dev.switchyard.messaging.domain.QueuedMessage;
import dev.switchyard.messaging.testkit.MessageStoreContract;
import dev.switchyard.messaging.testkit.MessagingFixtures;
import dev.switchyard.testkit.servers.RealServers;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcMessageStoreIT extends MessageStoreContract implements TestPropertyProvider {

    @Inject
    JdbcMessageStore store;

    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        return RealServers.postgres().micronautProperties();
    }

    @Override
    protected MessageStore store() {
        return store;
    }

    @Override
    protected Optional<StoredMessage> storedMessage(IdempotencyKey key) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "SELECT " + EventColumns.NAMES + ", attempt FROM messaging_message WHERE idempotency_key = ?")) {
                statement.setString(1, key.value());
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? Optional.of(new StoredMessage(EventColumns.read(row), row.getInt("attempt"))) : Optional.empty();
                }
            }
        });
    }

    @Override
    protected Optional<ConversationCounters> conversation(String customerId, Channel channel, String participant) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "SELECT message_count, last_message_at FROM messaging_conversation"
                            + " WHERE customer_id = ? AND channel = ? AND participant = ?")) {
                statement.setString(1, customerId);
                statement.setString(2, channel.wireName());
                statement.setString(3, participant);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next()
                            ? Optional.of(new ConversationCounters(row.getLong(1), EventColumns.instant(row, "last_message_at")))
                            : Optional.empty();
                }
            }
        });
    }

    @Test
    void data_the_database_refuses_is_a_permanent_failure_and_stores_nothing_of_the_batch() {
        OutboundMessageEvent fine = MessagingFixtures.smsEvent("fine-" + UUID.randomUUID());
        OutboundMessageEvent nul = OutboundMessageEvent.accepted(IdempotencyKey.of("nul-" + UUID.randomUUID()),
                MessagingFixtures.sms("a NUL \u0000 PostgreSQL text cannot hold"), MessagingFixtures.ACCEPTED_AT);

        StoreOutcome outcome = store.store(List.of(QueuedMessage.firstDelivery(fine), QueuedMessage.firstDelivery(nul)));

        assertThat(outcome).isInstanceOfSatisfying(StoreOutcome.Failed.class,
                failed -> assertThat(failed.kind()).isEqualTo(FailureKind.PERMANENT));
        assertThat(storedMessage(fine.idempotencyKey())).isEmpty();
    }

    @Test
    void concurrent_batches_on_the_same_conversations_all_land_and_count_exactly() throws Exception {
        String customer = "concurrent-" + UUID.randomUUID().toString().substring(0, 8);
        List<Future<StoreOutcome>> outcomes = new ArrayList<>();
        try (ExecutorService writers = Executors.newFixedThreadPool(4)) {
            for (int writer = 0; writer < 4; writer++) {
                List<QueuedMessage> batch = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    // every writer writes to the same 5 conversations, and half of each batch repeats another writer's keys
                    String key = customer + "-" + (i % 2 == 0 ? "shared-" + i : writer + "-" + i);
                    batch.add(QueuedMessage.firstDelivery(MessagingFixtures.smsEvent(key, customer, "+1415555010" + (i % 5),
                            MessagingFixtures.ACCEPTED_AT.plusSeconds(i))));
                }
                outcomes.add(writers.submit(() -> store.store(batch)));
            }
            for (Future<StoreOutcome> outcome : outcomes) {
                assertThat(outcome.get()).isInstanceOf(StoreOutcome.Stored.class);
            }
        }

        long total = 0;
        for (int phone = 0; phone < 5; phone++) {
            total += conversation(customer, Channel.SMS, "+1415555010" + phone).orElseThrow().messageCount();
        }
        assertThat(total).isEqualTo(100 + 4 * 100);
    }
}
