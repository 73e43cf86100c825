package dev.switchyard.gateway.adapter.http.upstream;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how long to ask Kiro's auth services (kiro-protocol.md §4.2–4.3).
 *
 * @param socialUrl      the social refresh URL; {@code {region}} becomes the credential's {@code region}
 * @param idcUrl         the SSO-OIDC token URL; {@code {region}} becomes the credential's {@code idcRegion}
 * @param connectTimeout the longest a connection may take
 * @param requestTimeout the longest the whole exchange may take (the Node service uses 15 s)
 */
public record KiroAuthEndpoints(String socialUrl, String idcUrl, Duration connectTimeout, Duration requestTimeout) {

    public static final String SOCIAL_URL = "https://prod.{region}.auth.desktop.kiro.dev/refreshToken";
    public static final String IDC_URL = "https://oidc.{region}.amazonaws.com/token";

    public KiroAuthEndpoints {
        Objects.requireNonNull(socialUrl, "socialUrl");
        Objects.requireNonNull(idcUrl, "idcUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    public static KiroAuthEndpoints defaults() {
        return new KiroAuthEndpoints(SOCIAL_URL, IDC_URL, Duration.ofSeconds(5), Duration.ofSeconds(15));
    }
}
