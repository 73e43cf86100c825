package dev.switchyard.ops.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.ops.domain.ProbeOutcome;
import dev.switchyard.testkit.await.Poll;
import dev.switchyard.testkit.servers.RealServers;
import dev.switchyard.testkit.servers.RedisServer;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedisDependencyProbeIT {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    @Test
    void follows_redis_going_away_and_coming_back() {
        try (RedisServer redis = RedisServer.start(RealServers.workDir());
                ApplicationContext context = ApplicationContext.run(Map.of("redis.uri", redis.uri(), "redis.timeout", "1s"))) {
            RedisDependencyProbe probe = context.getBean(RedisDependencyProbe.class);
            assertThat(probe.name().value()).isEqualTo("redis");
            assertThat(probe.probe(TIMEOUT)).isEqualTo(ProbeOutcome.up());

            redis.pause();
            Poll.untilAsserted(Duration.ofSeconds(10),
                    () -> assertThat(probe.probe(TIMEOUT)).isInstanceOf(ProbeOutcome.Down.class));

            redis.resume();
            Poll.untilAsserted(Duration.ofSeconds(30),
                    () -> assertThat(probe.probe(TIMEOUT)).isEqualTo(ProbeOutcome.up()));
        }
    }

    @Test
    void down_when_redis_is_unreachable_at_start_up() {
        RedisServer redis = RedisServer.start(RealServers.workDir());
        redis.close();
        try (ApplicationContext context = ApplicationContext.run(Map.of("redis.uri", redis.uri(), "redis.timeout", "1s"))) {
            ProbeOutcome outcome = context.getBean(RedisDependencyProbe.class).probe(TIMEOUT);

            assertThat(outcome).isInstanceOf(ProbeOutcome.Down.class);
        }
    }
}
