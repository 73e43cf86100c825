package dev.switchyard.ops.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.ops.domain.ProbeOutcome;
import dev.switchyard.testkit.servers.FreePort;
import dev.switchyard.testkit.servers.RealServers;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class KafkaDependencyProbeIT {

    @Test
    void up_against_a_running_broker() {
        try (KafkaDependencyProbe probe = new KafkaDependencyProbe(RealServers.kafka().bootstrapServers())) {
            assertThat(probe.name().value()).isEqualTo("kafka");
            assertThat(probe.probe(Duration.ofSeconds(5))).isEqualTo(ProbeOutcome.up());
        }
    }

    @Test
    void down_when_no_broker_answers_in_time() {
        try (KafkaDependencyProbe probe = new KafkaDependencyProbe("127.0.0.1:" + FreePort.next())) {
            ProbeOutcome outcome = probe.probe(Duration.ofMillis(500));

            assertThat(outcome).isInstanceOf(ProbeOutcome.Down.class);
        }
    }
}
