package dev.switchyard.gateway.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The tokens of one Kiro account (the {@code kiro-auth-token.json} shape). {@link #toString()}
 * never shows a token or the client secret.
 *
 * @param profileArn  sent in the request body when present (social accounts have one)
 * @param region      API and social-refresh region, default {@code us-east-1}
 * @param idcRegion   SSO-OIDC refresh region, defaults to {@code region}
 */
public record KiroCredentials(
        String accessToken,
        String refreshToken,
        Instant expiresAt,
        AuthMethod authMethod,
        Optional<String> clientId,
        Optional<String> clientSecret,
        Optional<String> profileArn,
        String region,
        String idcRegion) {

    public static final String DEFAULT_REGION = "us-east-1";

    public KiroCredentials {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(authMethod, "authMethod");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(profileArn, "profileArn");
        region = region == null || region.isBlank() ? DEFAULT_REGION : region;
        idcRegion = idcRegion == null || idcRegion.isBlank() ? region : idcRegion;
        if (authMethod == AuthMethod.IDC && (clientId.isEmpty() || clientSecret.isEmpty())) {
            throw new IllegalArgumentException("an IdC credential needs clientId and clientSecret to refresh");
        }
    }

    /** True when the access token is expired or expires within {@code margin} of {@code now}. */
    public boolean expiresWithin(Duration margin, Instant now) {
        return !expiresAt.isAfter(now.plus(margin));
    }

    /** The same account after a refresh: a new access token, and the new refresh token when one was issued. */
    public KiroCredentials refreshed(String newAccessToken, Optional<String> newRefreshToken, Instant newExpiresAt,
            Optional<String> newProfileArn) {
        return new KiroCredentials(newAccessToken, newRefreshToken.orElse(refreshToken), newExpiresAt, authMethod,
                clientId, clientSecret, newProfileArn.or(() -> profileArn), region, idcRegion);
    }

    @Override
    public String toString() {
        return "KiroCredentials[authMethod=" + authMethod + ", region=" + region + ", expiresAt=" + expiresAt
                + ", profileArn=" + profileArn.isPresent() + ", tokens=<redacted>]";
    }
}
