package dev.switchyard.gateway.application.port.in;

import dev.switchyard.gateway.domain.AccountHealth;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.AccountStatus;
import dev.switchyard.gateway.domain.AuthMethod;
import dev.switchyard.gateway.domain.CredentialFile;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.PooledAccount;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One account as operators see it: health, and its credentials without any secret. */
public record AccountView(AccountId id, String name, AccountStatus status, AccountHealth health,
        Optional<Credentials> credentials) {

    public AccountView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(credentials, "credentials");
    }

    public static AccountView of(PooledAccount account, Optional<KiroCredentials> credentials, Instant now) {
        return new AccountView(account.id(), account.account().name(), account.health().statusAt(now),
                account.health(), credentials.map(Credentials::of));
    }

    /** @param refreshTokenFingerprint tells tokens apart without revealing them ({@link CredentialFile#fingerprint}) */
    public record Credentials(AuthMethod authMethod, String region, String idcRegion, Instant expiresAt,
            boolean hasProfileArn, String refreshTokenFingerprint) {

        static Credentials of(KiroCredentials credentials) {
            return new Credentials(credentials.authMethod(), credentials.region(), credentials.idcRegion(),
                    credentials.expiresAt(), credentials.profileArn().isPresent(),
                    CredentialFile.fingerprint(credentials.refreshToken()));
        }
    }
}
