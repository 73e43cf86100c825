package dev.switchyard.messaging.application.port.in;

import java.util.OptionalLong;

/**
 * The pipeline at a glance: messages accepted but not yet taken by the worker (unknown when the
 * queue cannot tell in time), retries waiting, dead letters.
 */
public record QueueStatsView(OptionalLong backlog, long pendingRetries, long deadLetters) {
}
