package dev.switchyard.gateway.domain.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The models the gateway lists and maps (kiro-protocol.md §2.6). A model id that is not listed is
 * sent to Kiro unchanged and counted with the default context window.
 */
public final class ModelCatalog {

    private final Map<String, ModelSpec> byId;
    private final int defaultContextWindow;

    public ModelCatalog(List<ModelSpec> models, int defaultContextWindow) {
        if (defaultContextWindow <= 0) {
            throw new IllegalArgumentException("default context window must be positive: " + defaultContextWindow);
        }
        Map<String, ModelSpec> index = new LinkedHashMap<>();
        for (ModelSpec model : models) {
            if (index.putIfAbsent(model.id(), model) != null) {
                throw new IllegalArgumentException("model listed twice: " + model.id());
            }
        }
        this.byId = Collections.unmodifiableMap(index);
        this.defaultContextWindow = defaultContextWindow;
    }

    public List<ModelSpec> models() {
        return List.copyOf(byId.values());
    }

    public Optional<ModelSpec> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public String kiroModelId(String id) {
        ModelSpec spec = byId.get(id);
        return spec == null ? id : spec.kiroModelId();
    }

    public int contextWindow(String id) {
        ModelSpec spec = byId.get(id);
        return spec == null ? defaultContextWindow : spec.contextWindow();
    }

    /** AIC's table with the context windows of its {@code MODEL_CONTEXT_TOKENS}; the wiring replaces it from configuration. */
    public static ModelCatalog defaults() {
        return new ModelCatalog(List.of(
                new ModelSpec("claude-opus-4-8", "claude-opus-4.8", 1_000_000),
                new ModelSpec("claude-opus-4-7", "claude-opus-4.7", 1_000_000),
                new ModelSpec("claude-opus-4-6", "claude-opus-4.6", 1_000_000),
                new ModelSpec("claude-opus-4-5", "claude-opus-4.5", 1_000_000),
                new ModelSpec("claude-opus-4-5-20251101", "claude-opus-4.5", 1_000_000),
                new ModelSpec("claude-sonnet-4-6", "claude-sonnet-4.6", 200_000),
                new ModelSpec("claude-sonnet-4-5", "claude-sonnet-4.5", 200_000),
                new ModelSpec("claude-sonnet-4-5-20250929", "claude-sonnet-4.5", 200_000),
                new ModelSpec("claude-haiku-4-5", "claude-haiku-4.5", 200_000)), 200_000);
    }
}
