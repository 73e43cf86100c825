package dev.switchyard.ops.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.ops.application.port.out.DependencyProbe;
import dev.switchyard.ops.domain.ProbeOutcome;
import dev.switchyard.testkit.servers.FreePort;
import dev.switchyard.testkit.servers.RealServers;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JdbcDependencyProbeIT {

    @Test
    void up_against_a_running_postgres() {
        try (ApplicationContext context = ApplicationContext.run(new HashMap<String, Object>(RealServers.postgres().micronautProperties()), "test")) {
            DependencyProbe probe = context.getBean(JdbcDependencyProbe.class);

            assertThat(probe.name().value()).isEqualTo("postgresql");
            assertThat(probe.probe(Duration.ofSeconds(2))).isEqualTo(ProbeOutcome.up());
        }
    }

    @Test
    void down_with_the_reason_when_nothing_listens() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", "jdbc:postgresql://127.0.0.1:" + FreePort.next() + "/switchyard");
        properties.put("datasources.default.username", "postgres");
        properties.put("datasources.default.password", "postgres");
        properties.put("flyway.datasources.default.enabled", false);
        try (ApplicationContext context = ApplicationContext.run(properties, "test")) {
            ProbeOutcome outcome = context.getBean(JdbcDependencyProbe.class).probe(Duration.ofSeconds(1));

            assertThat(outcome).isInstanceOf(ProbeOutcome.Down.class);
            assertThat(((ProbeOutcome.Down) outcome).reason()).contains("Connection");
        }
    }
}
