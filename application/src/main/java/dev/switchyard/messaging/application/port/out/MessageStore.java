package dev.switchyard.messaging.application.port.out;

import dev.switchyard.messaging.domain.QueuedMessage;
import java.util.List;

/**
 * Persists messages durably: for each new idempotency key one message row, and its conversation's
 * counters (message count, last message time) moved on, all of a batch in one transaction. A key
 * that is already stored is skipped and counts nothing. Failures are reported, not thrown.
 */
public interface MessageStore {

    StoreOutcome store(List<QueuedMessage> messages);
}
