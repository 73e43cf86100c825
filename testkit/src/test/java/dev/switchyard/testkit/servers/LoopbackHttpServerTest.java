package dev.switchyard.testkit.servers;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

class LoopbackHttpServerTest {

    @Test
    void binds_on_loopback_with_nagles_algorithm_off() throws Exception {
        HttpServer server = LoopbackHttpServer.create(0, 0);
        try {
            assertThat(server.getAddress().getAddress().isLoopbackAddress()).isTrue();
            assertThat(server.getAddress().getPort()).isPositive();
            assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
        } finally {
            server.stop(0);
        }
    }
}
