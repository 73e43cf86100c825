package dev.switchyard.messaging.application.port.in;

public interface ListDeadLettersUseCase {

    DeadLetterPageView list(ListDeadLettersQuery query);
}
