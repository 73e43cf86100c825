package dev.switchyard.messaging.adapter.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.messaging.application.port.out.MessageQueue;
import dev.switchyard.messaging.domain.OutboundMessageEvent;
import dev.switchyard.messaging.testkit.MessageQueueContract;
import dev.switchyard.messaging.testkit.MessagingFixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InMemoryMessageQueueTest extends MessageQueueContract {

    private final InMemoryMessageQueue queue = new InMemoryMessageQueue(1000, Duration.ofSeconds(1));
    private final List<InMemoryMessageQueue> opened = new ArrayList<>(List.of(queue));

    @AfterEach
    void close() {
        opened.forEach(InMemoryMessageQueue::close);
    }

    @Override
    protected MessageQueue queue() {
        return queue;
    }

    @Override
    protected List<OutboundMessageEvent> receive(int expected, Duration within) {
        try {
            return queue.take(Integer.MAX_VALUE, within);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    protected MessageQueue unavailableQueue() {
        InMemoryMessageQueue full = new InMemoryMessageQueue(1, Duration.ofMillis(100));
        opened.add(full);
        full.publish(MessagingFixtures.smsEvent("filler"));
        return full;
    }

    @Test
    void a_full_queue_takes_the_event_when_room_appears_within_the_timeout() throws Exception {
        InMemoryMessageQueue small = new InMemoryMessageQueue(1, Duration.ofSeconds(20));
        opened.add(small);
        small.publish(MessagingFixtures.smsEvent("first"));

        CompletableFuture<Void> waiting = small.publish(MessagingFixtures.smsEvent("second")).toCompletableFuture();
        assertThat(waiting).isNotDone();
        assertThat(small.take(1, Duration.ofSeconds(1))).extracting(event -> event.idempotencyKey().value()).containsExactly("first");

        waiting.get();
        assertThat(small.backlog()).isEqualTo(OptionalLong.of(1));
    }

    @Test
    void take_returns_nothing_when_nothing_arrives() throws Exception {
        assertThat(queue.take(10, Duration.ofMillis(10))).isEmpty();
    }
}
