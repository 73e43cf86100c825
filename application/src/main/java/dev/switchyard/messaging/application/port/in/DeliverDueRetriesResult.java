package dev.switchyard.messaging.application.port.in;

/** How many due retries one pass claimed, and what became of them. */
public record DeliverDueRetriesResult(int claimed, ProcessQueuedMessagesResult outcome) {
}
