package dev.switchyard.messaging.testkit;

import dev.switchyard.messaging.application.port.out.RetrySchedule;

class InMemoryRetryScheduleTest extends RetryScheduleContract {

    private final InMemoryRetrySchedule schedule = new InMemoryRetrySchedule();

    @Override
    protected RetrySchedule schedule() {
        return schedule;
    }
}
