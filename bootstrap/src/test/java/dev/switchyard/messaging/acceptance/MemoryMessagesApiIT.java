package dev.switchyard.messaging.acceptance;

import dev.switchyard.messaging.application.port.out.MessageQueue;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

/** QUEUE_BACKEND=memory: the events queued are the bounded buffer's size. */
@MicronautTest
class MemoryMessagesApiIT extends MessagesApiContract {

    @Inject
    MessageQueue queue;

    @Override
    String backend() {
        return "memory";
    }

    @Override
    long eventsQueued() {
        return queue.backlog().orElseThrow();
    }
}
