package dev.switchyard.gateway.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code gateway.api.*}: the client key ({@code GATEWAY_API_KEY}, or {@code GO_KIRO_API_KEY} as {@code legacy-api-key};
 * empty: the {@code apiKey} the Node service keeps in Redis), how often that shared key is re-read,
 * and the interval of SSE {@code ping}s while the upstream is quiet.
 */
@ConfigurationProperties("gateway.api")
record GatewayApiProperties(String apiKey, String legacyApiKey, Duration sharedKeyRefresh, Duration pingInterval) {

    /** {@code GATEWAY_API_KEY}, else {@code GO_KIRO_API_KEY}; empty when neither is set. */
    Optional<String> configuredKey() {
        return Optional.ofNullable(apiKey).filter(key -> !key.isBlank())
                .or(() -> Optional.ofNullable(legacyApiKey).filter(key -> !key.isBlank()));
    }

    @Override
    public String toString() {
        return "GatewayApiProperties[apiKey=" + (configuredKey().isEmpty() ? "unset" : "<redacted>")
                + ", sharedKeyRefresh=" + sharedKeyRefresh + ", pingInterval=" + pingInterval + "]";
    }
}
