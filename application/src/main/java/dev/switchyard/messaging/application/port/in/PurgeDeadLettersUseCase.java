package dev.switchyard.messaging.application.port.in;

public interface PurgeDeadLettersUseCase {

    PurgeDeadLettersResult purge(PurgeDeadLettersCommand command);
}
