package dev.switchyard.gateway.adapter.memory;

import dev.switchyard.gateway.application.port.out.CredentialStore;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.KiroCredentials;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Credentials held in this process only ({@code gateway.accounts.store=memory}: one instance, lost
 * on restart), and the twin of {@code RedisCredentialStore} in tests.
 */
public final class InMemoryCredentialStore implements CredentialStore {

    private final Map<AccountId, KiroCredentials> credentials = new ConcurrentHashMap<>();

    @Override
    public Optional<KiroCredentials> current(AccountId account) {
        return Optional.ofNullable(credentials.get(account));
    }

    @Override
    public Optional<KiroCredentials> latest(AccountId account) {
        return current(account);
    }

    @Override
    public CredentialUpdate replace(AccountId account, KiroCredentials expected, KiroCredentials updated) {
        AtomicReference<CredentialUpdate> outcome = new AtomicReference<>(new CredentialUpdate.Missing());
        credentials.computeIfPresent(account, (id, stored) -> {
            if (!stored.refreshToken().equals(expected.refreshToken())) {
                outcome.set(new CredentialUpdate.Superseded(stored));
                return stored;
            }
            outcome.set(new CredentialUpdate.Stored());
            return updated;
        });
        return outcome.get();
    }

    /** Stores credentials unconditionally (a new account, or a new login). */
    public void put(AccountId account, KiroCredentials value) {
        credentials.put(account, value);
    }

    /** The account holding {@code refreshToken}, if any. */
    Optional<AccountId> ownerOf(String refreshToken) {
        return credentials.entrySet().stream()
                .filter(entry -> entry.getValue().refreshToken().equals(refreshToken))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
