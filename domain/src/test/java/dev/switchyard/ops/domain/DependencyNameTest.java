package dev.switchyard.ops.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DependencyNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "redis", "kafka", "backend-vllm-1"})
    void accepts_lower_case_kebab_names(String name) {
        assertThat(DependencyName.of(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Redis", "1kafka", "post gres", "redis_"})
    void rejects_other_shapes(String name) {
        assertThatThrownBy(() -> DependencyName.of(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name);
    }
}
