package dev.switchyard.gateway.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelCatalogTest {

    private final ModelCatalog catalog = new ModelCatalog(List.of(
            new ModelSpec("claude-sonnet-4-5", "claude-sonnet-4.5", 200_000),
            new ModelSpec("claude-opus-4-6", "claude-opus-4.6", 1_000_000)), 123_000);

    @Test
    void listed_models_map_to_their_kiro_id_and_window() {
        assertThat(catalog.kiroModelId("claude-opus-4-6")).isEqualTo("claude-opus-4.6");
        assertThat(catalog.contextWindow("claude-opus-4-6")).isEqualTo(1_000_000);
    }

    @Test
    void unknown_models_pass_unchanged_with_the_default_window() {
        assertThat(catalog.kiroModelId("claude-haiku-4-5-20251001")).isEqualTo("claude-haiku-4-5-20251001");
        assertThat(catalog.contextWindow("claude-haiku-4-5-20251001")).isEqualTo(123_000);
        assertThat(catalog.find("claude-haiku-4-5-20251001")).isEmpty();
    }

    @Test
    void keeps_the_configured_order() {
        assertThat(catalog.models()).extracting(ModelSpec::id).containsExactly("claude-sonnet-4-5", "claude-opus-4-6");
    }

    @Test
    void a_model_listed_twice_is_a_configuration_error() {
        ModelSpec model = new ModelSpec("m", "k", 1);

        assertThatThrownBy(() -> new ModelCatalog(List.of(model, model), 1)).hasMessageContaining("listed twice: m");
    }

    @Test
    void the_defaults_follow_the_reference_table() {
        ModelCatalog defaults = ModelCatalog.defaults();

        assertThat(defaults.kiroModelId("claude-sonnet-4-5-20250929")).isEqualTo("claude-sonnet-4.5");
        assertThat(defaults.kiroModelId("claude-haiku-4-5")).isEqualTo("claude-haiku-4.5");
        assertThat(defaults.contextWindow("claude-opus-4-5")).isEqualTo(1_000_000);
        assertThat(defaults.contextWindow("something-else")).isEqualTo(200_000);
    }
}
