package dev.switchyard.gateway.application.port.in;

import dev.switchyard.gateway.domain.conversation.Conversation;
import java.util.Objects;

/** @param stream true: the reply is handed over as it streams; false: once it is complete */
public record SendMessageCommand(Conversation conversation, boolean stream) {

    public SendMessageCommand {
        Objects.requireNonNull(conversation, "conversation");
    }
}
