package dev.switchyard.messaging.adapter.jdbc;

import dev.switchyard.messaging.application.port.out.RetrySchedule;
import dev.switchyard.messaging.testkit.RetryScheduleContract;
import dev.switchyard.testkit.servers.RealServers;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcRetryScheduleIT extends RetryScheduleContract implements TestPropertyProvider {

    @Inject
    JdbcRetrySchedule schedule;

    @Override
    public Map<String, String> getProperties() {
        return RealServers.postgres().micronautProperties();
    }

    @Override
    protected RetrySchedule schedule() {
        return schedule;
    }
}
