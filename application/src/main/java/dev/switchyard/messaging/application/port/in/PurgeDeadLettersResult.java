package dev.switchyard.messaging.application.port.in;

public record PurgeDeadLettersResult(int purged) {
}
