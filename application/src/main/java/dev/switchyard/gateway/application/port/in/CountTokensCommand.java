package dev.switchyard.gateway.application.port.in;

import dev.switchyard.gateway.domain.conversation.Conversation;
import java.util.Objects;

public record CountTokensCommand(Conversation conversation) {

    public CountTokensCommand {
        Objects.requireNonNull(conversation, "conversation");
    }
}
