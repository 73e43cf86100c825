package dev.switchyard.gateway.domain.conversation;

/** Who wrote a message of the conversation. */
public enum Role {
    USER,
    ASSISTANT
}
