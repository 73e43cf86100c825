package dev.switchyard.gateway.application.port.out;

import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.conversation.Conversation;
import java.util.Objects;

/** One call of the assistant: the conversation, sent as {@code account} with its current tokens. */
public record UpstreamCall(Account account, KiroCredentials credentials, Conversation conversation) {

    public UpstreamCall {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(conversation, "conversation");
    }
}
