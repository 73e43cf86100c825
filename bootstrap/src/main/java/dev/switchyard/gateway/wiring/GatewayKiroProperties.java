package dev.switchyard.gateway.wiring;

import dev.switchyard.gateway.adapter.http.upstream.KiroSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code gateway.kiro.*}: where and how to call Kiro. {@code url} ({@code KIRO_API_URL}; empty: Kiro's own)
 * may contain {@code {region}}, replaced by the account's region; tests point it at the simulator.
 *
 * @param responseTimeout how long to wait for Kiro's status line
 * @param idleTimeout     a stream with no data for this long is broken off
 */
@ConfigurationProperties("gateway.kiro")
record GatewayKiroProperties(String url, Duration connectTimeout, Duration responseTimeout, Duration idleTimeout,
        String kiroVersion, String nodeVersion, int maxToolNameLength, int maxToolDescriptionLength) {

    /** The configured URL, or Kiro's own when none is. */
    String effectiveUrl() {
        return url == null || url.isBlank() ? KiroSettings.DEFAULT_URL : url.strip();
    }
}
