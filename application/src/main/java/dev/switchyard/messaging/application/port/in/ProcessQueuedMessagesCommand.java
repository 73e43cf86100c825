package dev.switchyard.messaging.application.port.in;

import dev.switchyard.messaging.domain.QueuedMessage;
import dev.switchyard.messaging.domain.UndecodableMessage;
import java.util.List;

/** One batch taken from the queue or the retry schedule: readable messages and records nobody could read. */
public record ProcessQueuedMessagesCommand(List<QueuedMessage> messages, List<UndecodableMessage> undecodable) {

    public ProcessQueuedMessagesCommand {
        messages = List.copyOf(messages);
        undecodable = List.copyOf(undecodable);
    }

    public static ProcessQueuedMessagesCommand of(List<QueuedMessage> messages) {
        return new ProcessQueuedMessagesCommand(messages, List.of());
    }
}
