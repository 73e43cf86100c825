package dev.switchyard.messaging.testkit;

import dev.switchyard.messaging.application.port.out.MessageQueue;
import dev.switchyard.messaging.domain.OutboundMessageEvent;
import java.time.Duration;
import java.util.List;

class ScriptedMessageQueueTest extends MessageQueueContract {

    private final ScriptedMessageQueue queue = new ScriptedMessageQueue();

    @Override
    protected MessageQueue queue() {
        return queue;
    }

    @Override
    protected List<OutboundMessageEvent> receive(int expected, Duration within) {
        return queue.drain();
    }

    @Override
    protected MessageQueue unavailableQueue() {
        return new ScriptedMessageQueue().down();
    }
}
