package dev.switchyard.gateway.application.port.in;

/**
 * Sends a conversation to the assistant through an account of the pool, switching accounts on
 * failures that another account may not have, as long as nothing reached the client yet.
 */
public interface SendMessageUseCase {

    SendMessageResult send(SendMessageCommand command);
}
