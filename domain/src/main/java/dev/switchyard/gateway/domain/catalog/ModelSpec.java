package dev.switchyard.gateway.domain.catalog;

import java.util.Objects;

/**
 * A model clients may name: the Claude id they send, the id Kiro knows it by, and its context
 * window in tokens (used to turn Kiro's context-usage percentage into tokens).
 */
public record ModelSpec(String id, String kiroModelId, int contextWindow) {

    public ModelSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kiroModelId, "kiroModelId");
        if (id.isBlank() || kiroModelId.isBlank()) {
            throw new IllegalArgumentException("a model needs a client id and a Kiro id");
        }
        if (contextWindow <= 0) {
            throw new IllegalArgumentException("context window must be positive: " + contextWindow);
        }
    }
}
