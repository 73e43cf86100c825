package dev.switchyard.ops.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    private static DependencyCheck up(String name) {
        return new DependencyCheck(DependencyName.of(name), ProbeOutcome.up(), Duration.ofMillis(3));
    }

    private static DependencyCheck down(String name) {
        return new DependencyCheck(DependencyName.of(name), ProbeOutcome.down("refused"), Duration.ofMillis(3));
    }

    @Test
    void ready_when_every_dependency_is_up() {
        Readiness readiness = new Readiness(List.of(up("redis"), up("postgresql"), up("kafka")));

        assertThat(readiness.isReady()).isTrue();
        assertThat(readiness.down()).isEmpty();
    }

    @Test
    void not_ready_when_one_is_down_and_names_it() {
        Readiness readiness = new Readiness(List.of(up("postgresql"), down("redis"), up("kafka")));

        assertThat(readiness.isReady()).isFalse();
        assertThat(readiness.down()).containsExactly(DependencyName.of("redis"));
    }

    @Test
    void checks_are_reported_in_name_order() {
        Readiness readiness = new Readiness(List.of(down("redis"), up("kafka"), down("postgresql")));

        assertThat(readiness.checks()).extracting(check -> check.name().value())
                .containsExactly("kafka", "postgresql", "redis");
        assertThat(readiness.down()).extracting(DependencyName::value).containsExactly("postgresql", "redis");
    }

    @Test
    void nothing_to_probe_is_ready() {
        assertThat(new Readiness(List.of()).isReady()).isTrue();
    }

    @Test
    void a_check_cannot_take_negative_time() {
        assertThatThrownBy(() -> new DependencyCheck(DependencyName.of("redis"), ProbeOutcome.up(), Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
