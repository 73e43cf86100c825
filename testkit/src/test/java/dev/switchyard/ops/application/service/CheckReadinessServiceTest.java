package dev.switchyard.ops.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.ops.domain.DependencyCheck;
import dev.switchyard.ops.domain.ProbeOutcome;
import dev.switchyard.ops.domain.Readiness;
import dev.switchyard.ops.testkit.ScriptedDependencyProbe;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckReadinessServiceTest {

    private final ScriptedDependencyProbe postgres = new ScriptedDependencyProbe("postgresql");
    private final ScriptedDependencyProbe redis = new ScriptedDependencyProbe("redis");
    private final ScriptedDependencyProbe kafka = new ScriptedDependencyProbe("kafka");

    private CheckReadinessService service(Duration timeout) {
        return new CheckReadinessService(List.of(postgres, redis, kafka), timeout);
    }

    @Test
    void ready_when_every_probe_answers_up() {
        Readiness readiness = service(Duration.ofSeconds(1)).check();

        assertThat(readiness.isReady()).isTrue();
        assertThat(readiness.checks()).hasSize(3).allMatch(DependencyCheck::isUp);
        assertThat(List.of(postgres.calls(), redis.calls(), kafka.calls())).containsOnly(1);
    }

    @Test
    void names_the_dependency_that_is_down_with_its_reason() {
        redis.answeringDown("Connection refused");

        Readiness readiness = service(Duration.ofSeconds(1)).check();

        assertThat(readiness.isReady()).isFalse();
        assertThat(readiness.down()).extracting(Object::toString).containsExactly("redis");
        assertThat(outcomeOf(readiness, "redis")).isEqualTo(ProbeOutcome.down("Connection refused"));
    }

    @Test
    void a_probe_that_throws_counts_as_down() {
        kafka.throwing(new IllegalStateException("admin client closed"));

        Readiness readiness = service(Duration.ofSeconds(1)).check();

        assertThat(readiness.down()).extracting(Object::toString).containsExactly("kafka");
        assertThat(outcomeOf(readiness, "kafka"))
                .isEqualTo(ProbeOutcome.down("IllegalStateException: admin client closed"));
    }

    @Test
    void a_probe_that_ignores_its_timeout_is_reported_down_and_does_not_hold_the_answer() {
        postgres.hanging();
        try {
            long start = System.nanoTime();
            Readiness readiness = service(Duration.ofMillis(300)).check();
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(readiness.down()).extracting(Object::toString).containsExactly("postgresql");
            assertThat(outcomeOf(readiness, "postgresql")).isEqualTo(ProbeOutcome.down("no answer within 300 ms"));
            assertThat(outcomeOf(readiness, "redis")).isEqualTo(ProbeOutcome.up());
            // bounded by the timeout plus the service's grace, far below "forever"
            assertThat(took).isLessThan(Duration.ofSeconds(5));
        } finally {
            postgres.release();
        }
    }

    private static ProbeOutcome outcomeOf(Readiness readiness, String name) {
        return readiness.checks().stream()
                .filter(check -> check.name().value().equals(name))
                .findFirst()
                .orElseThrow()
                .outcome();
    }
}
