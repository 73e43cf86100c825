package dev.switchyard.messaging.application.port.out;

import dev.switchyard.messaging.domain.OutboundMessageEvent;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;

/**
 * Carries accepted messages to the worker. Events of one customer keep their order.
 * Implementations bound every wait: {@link #publish} completes within the queue's own timeout.
 */
public interface MessageQueue {

    /**
     * Completes once the queue holds the event durably by its own standard (Kafka: the broker
     * acknowledged with acks=all; memory: it is in the buffer); completes exceptionally when it
     * cannot take the event in time (broker away, buffer full).
     */
    CompletionStage<Void> publish(OutboundMessageEvent event);

    /** Events accepted but not yet taken by the worker, if the queue can tell within a short timeout. */
    OptionalLong backlog();
}
