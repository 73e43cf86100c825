package dev.switchyard.messaging.application.port.in;

public interface ReadQueueStatsUseCase {

    QueueStatsView read();
}
