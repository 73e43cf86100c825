package dev.switchyard.testkit.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DevEnvironmentTest {

    @Test
    void dev_defaults_fill_what_the_environment_leaves_unset() {
        DevEnvironment environment = new DevEnvironment(Map.of("HOME", "/root"));

        environment.defaultTo("PORT", "8080");
        environment.defaultTo(Map.of("REDIS_URL", "redis://127.0.0.1:1234"));

        assertThat(environment.variables())
                .containsOnly(Map.entry("PORT", "8080"), Map.entry("REDIS_URL", "redis://127.0.0.1:1234"));
    }

    @Test
    void anything_the_environment_sets_wins() {
        DevEnvironment environment = new DevEnvironment(Map.of("PORT", "9090", "REDIS_URL", "redis://shared:6379"));

        environment.defaultTo("PORT", "8080");
        environment.defaultTo("REDIS_URL", "redis://127.0.0.1:1234");

        assertThat(environment.variables()).isEmpty();
    }
}
