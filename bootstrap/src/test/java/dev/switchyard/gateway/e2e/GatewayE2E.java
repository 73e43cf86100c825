package dev.switchyard.gateway.e2e;

import dev.switchyard.gateway.testkit.FakeAccountPool;
import dev.switchyard.gateway.testkit.KiroSimulator;
import dev.switchyard.testkit.servers.WithRealServers;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** The whole app on real servers, Kiro played by the simulator, accounts by {@link GatewayTestBeans}. */
abstract class GatewayE2E extends WithRealServers {

    static final String API_KEY = "e2e-client-key";
    static final String MODEL = "claude-sonnet-4-5";
    static final KiroSimulator SIMULATOR = KiroSimulator.start();

    @Inject
    EmbeddedServer server;

    @Inject
    FakeAccountPool pool;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("gateway.e2e", "true", "micronaut.server.port", "-1",
                "gateway.kiro.url", SIMULATOR.url(),
                "gateway.kiro.idle-timeout", "5s",
                "gateway.api.api-key", API_KEY,
                "gateway.api.ping-interval", "300ms");
    }

    @BeforeEach
    void resetUpstream() {
        SIMULATOR.reset();
        pool.forgetOutcomes();
        for (String account : new String[] {"a", "b", "c", "d", "e"}) {
            pool.restore(account);
        }
    }

    @AfterAll
    void stopSimulatorRequests() {
        SIMULATOR.reset();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getPort();
    }
}
