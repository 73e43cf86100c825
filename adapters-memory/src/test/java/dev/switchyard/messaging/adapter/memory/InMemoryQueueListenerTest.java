package dev.switchyard.messaging.adapter.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.messaging.application.port.in.ProcessQueuedMessagesCommand;
import dev.switchyard.messaging.application.port.in.ProcessQueuedMessagesResult;
import dev.switchyard.messaging.application.port.in.ProcessQueuedMessagesUseCase;
import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.testkit.MessagingFixtures;
import dev.switchyard.testkit.await.Poll;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryQueueListenerTest {

    private final InMemoryMessageQueue queue = new InMemoryMessageQueue(10_000, Duration.ofSeconds(1));

    @Test
    void every_published_event_reaches_the_worker_once_and_a_failing_batch_is_offered_again() throws Exception {
        Set<IdempotencyKey> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger failuresLeft = new AtomicInteger(2);
        ProcessQueuedMessagesUseCase worker = (ProcessQueuedMessagesCommand command) -> {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("store unavailable (scripted)");
            }
            command.messages().forEach(message -> assertThat(seen.add(message.key())).isTrue());
            return new ProcessQueuedMessagesResult(command.messages().size(), 0, 0, 0);
        };
        InMemoryQueueListener listener = new InMemoryQueueListener(queue, worker, 3, 50);
        listener.start();
        try {
            for (int i = 0; i < 1000; i++) {
                queue.publish(MessagingFixtures.smsEvent("mem-" + i));
            }

            Poll.until("all 1000 events processed", Duration.ofSeconds(30), () -> seen.size() == 1000);
            assertThat(queue.backlog().orElseThrow()).isZero();
        } finally {
            listener.stop();
            queue.close();
        }
    }
}
