package dev.switchyard.gateway.wiring;

import dev.switchyard.gateway.adapter.http.upstream.KiroAuthEndpoints;
import dev.switchyard.gateway.domain.TokenRefreshPolicy;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code gateway.token-refresh.*}: when tokens are refreshed (in the background below
 * {@code ahead}, before use below {@code expiryMargin}), how long a caller waits for a refresh it
 * needs, the cross-replica lock's lifetime, and Kiro's auth URLs ({@code KIRO_SOCIAL_REFRESH_URL},
 * {@code KIRO_IDC_REFRESH_URL}; {@code {region}} is substituted) with their timeouts.
 */
@ConfigurationProperties("gateway.token-refresh")
record GatewayTokenRefreshProperties(
        @Bindable(defaultValue = "5m") Duration ahead,
        @Bindable(defaultValue = "30s") Duration expiryMargin,
        @Bindable(defaultValue = "30s") Duration minForcedInterval,
        @Bindable(defaultValue = "30s") Duration retryAfterFailure,
        @Bindable(defaultValue = "20s") Duration waitLimit,
        @Bindable(defaultValue = "30s") Duration lockTtl,
        @Bindable(defaultValue = KiroAuthEndpoints.SOCIAL_URL) String socialUrl,
        @Bindable(defaultValue = KiroAuthEndpoints.IDC_URL) String idcUrl,
        @Bindable(defaultValue = "5s") Duration connectTimeout,
        @Bindable(defaultValue = "15s") Duration requestTimeout) {

    TokenRefreshPolicy policy() {
        return new TokenRefreshPolicy(ahead, expiryMargin, minForcedInterval, retryAfterFailure);
    }

    KiroAuthEndpoints endpoints() {
        return new KiroAuthEndpoints(orDefault(socialUrl, KiroAuthEndpoints.SOCIAL_URL),
                orDefault(idcUrl, KiroAuthEndpoints.IDC_URL), connectTimeout, requestTimeout);
    }

    private static String orDefault(String configured, String kirosOwn) {
        return configured == null || configured.isBlank() ? kirosOwn : configured.strip();
    }
}
