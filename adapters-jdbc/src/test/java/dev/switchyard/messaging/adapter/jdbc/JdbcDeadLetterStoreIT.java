package dev.switchyard.messaging.adapter.jdbc;

import dev.switchyard.messaging.application.port.out.DeadLetterStore;
import dev.switchyard.messaging.testkit.DeadLetterStoreContract;
import dev.switchyard.testkit.servers.RealServers;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcDeadLetterStoreIT extends DeadLetterStoreContract implements TestPropertyProvider {

    @Inject
    JdbcDeadLetterStore store;

    @Override
    public Map<String, String> getProperties() {
        return RealServers.postgres().micronautProperties();
    }

    @Override
    protected DeadLetterStore store() {
        return store;
    }
}
