package dev.switchyard.gateway.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code gateway.api.*}: the client key ({@code GATEWAY_API_KEY}, alias {@code GO_KIRO_API_KEY};
 * empty: the {@code apiKey} the Node service keeps in Redis), how often that shared key is re-read,
 * and the interval of SSE {@code ping}s while the upstream is quiet.
 */
@ConfigurationProperties("gateway.api")
record GatewayApiProperties(String apiKey, Duration sharedKeyRefresh, Duration pingInterval) {

    @Override
    public String toString() {
        return "GatewayApiProperties[apiKey=" + (apiKey == null || apiKey.isBlank() ? "unset" : "<redacted>")
                + ", sharedKeyRefresh=" + sharedKeyRefresh + ", pingInterval=" + pingInterval + "]";
    }
}
