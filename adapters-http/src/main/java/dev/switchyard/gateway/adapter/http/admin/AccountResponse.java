package dev.switchyard.gateway.adapter.http.admin;

import dev.switchyard.gateway.application.port.in.AccountView;
import dev.switchyard.gateway.domain.AccountHealth;
import dev.switchyard.gateway.domain.AuthMethod;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** One account in the admin API: its health and its credentials without any secret. Times are RFC 3339. */
@Serdeable
record AccountResponse(
        String id,
        String name,
        String status,
        boolean healthy,
        boolean disabled,
        boolean needsRefresh,
        boolean needsReauthentication,
        @Nullable String recoversAt,
        int errorCount,
        long usageCount,
        int refreshCount,
        @Nullable String lastUsed,
        @Nullable String lastErrorAt,
        @Nullable String lastError,
        @Nullable String lastRefreshedAt,
        @Nullable Credentials credentials) {

    static AccountResponse of(AccountView view) {
        AccountHealth health = view.health();
        return new AccountResponse(view.id().value(), view.name(), view.status().name().toLowerCase(Locale.ROOT),
                health.healthy(), health.disabled(), health.needsRefresh(), health.needsReauthentication(),
                time(health.recoversAt()), health.errorCount(), health.usageCount(), health.refreshCount(),
                time(health.lastUsed()), time(health.lastErrorAt()), health.lastError().orElse(null),
                time(health.lastRefreshedAt()), view.credentials().map(Credentials::of).orElse(null));
    }

    /** @param refreshTokenFingerprint first 12 hex of SHA-256(refreshToken): tells tokens apart, reveals nothing */
    @Serdeable
    record Credentials(String authMethod, String region, String idcRegion, String expiresAt, boolean hasProfileArn,
            String refreshTokenFingerprint) {

        static Credentials of(AccountView.Credentials credentials) {
            return new Credentials(credentials.authMethod() == AuthMethod.SOCIAL ? "social" : "IdC", credentials.region(),
                    credentials.idcRegion(), credentials.expiresAt().toString(), credentials.hasProfileArn(),
                    credentials.refreshTokenFingerprint());
        }
    }

    private static String time(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse(null);
    }
}
