package dev.switchyard.messaging.application.port.in;

import java.util.concurrent.CompletionStage;

/**
 * Accepts an outbound message: checks its idempotency key, puts it on the queue, and completes once
 * the queue holds it. Asynchronous so the HTTP event loop never waits on Redis or Kafka.
 */
public interface EnqueueMessageUseCase {

    CompletionStage<EnqueueMessageResult> enqueue(EnqueueMessageCommand command);
}
