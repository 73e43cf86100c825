package dev.switchyard.messaging.application.port.in;

/** Puts a dead letter's message back on the queue; the worker then persists it like any other. */
public interface RedriveDeadLetterUseCase {

    RedriveDeadLetterResult redrive(RedriveDeadLetterCommand command);
}
