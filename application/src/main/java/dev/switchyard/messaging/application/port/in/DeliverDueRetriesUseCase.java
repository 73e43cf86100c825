package dev.switchyard.messaging.application.port.in;

/** Takes the retries that are due from the retry schedule and runs them through the worker's step. */
public interface DeliverDueRetriesUseCase {

    DeliverDueRetriesResult deliverDue();
}
