package dev.switchyard.gateway.testkit;

import dev.switchyard.gateway.application.port.in.ObtainCredentialsCommand;
import dev.switchyard.gateway.application.port.in.ObtainCredentialsResult;
import dev.switchyard.gateway.application.port.in.ObtainCredentialsUseCase;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.AuthMethod;
import dev.switchyard.gateway.domain.KiroCredentials;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Hands out tokens without any store: account {@code a} gets access token {@code token-a} unless
 * {@link #give} said otherwise; a refresh after a rejection appends {@code -refreshed}. Accounts can
 * be made to have no credentials, or to fail their refresh. Records every command.
 */
public final class FakeObtainCredentials implements ObtainCredentialsUseCase {

    public static final Instant FAR_FUTURE = Instant.parse("2099-01-01T00:00:00Z");

    private final Map<AccountId, KiroCredentials> current = new ConcurrentHashMap<>();
    private final Set<AccountId> without = ConcurrentHashMap.newKeySet();
    private final Set<AccountId> refreshFails = ConcurrentHashMap.newKeySet();
    private final List<ObtainCredentialsCommand> commands = new CopyOnWriteArrayList<>();

    public static KiroCredentials social(String accessToken, String profileArn) {
        return new KiroCredentials(accessToken, "refresh-" + accessToken, FAR_FUTURE, AuthMethod.SOCIAL,
                Optional.empty(), Optional.empty(), Optional.ofNullable(profileArn), "us-east-1", null);
    }

    public static KiroCredentials idc(String accessToken) {
        return new KiroCredentials(accessToken, "refresh-" + accessToken, FAR_FUTURE, AuthMethod.IDC,
                Optional.of("client-id"), Optional.of("client-secret"), Optional.empty(), "us-east-1", null);
    }

    public FakeObtainCredentials give(String accountId, KiroCredentials credentials) {
        current.put(AccountId.of(accountId), credentials);
        return this;
    }

    public FakeObtainCredentials without(String accountId) {
        without.add(AccountId.of(accountId));
        return this;
    }

    public FakeObtainCredentials refreshFails(String accountId) {
        refreshFails.add(AccountId.of(accountId));
        return this;
    }

    public List<ObtainCredentialsCommand> commands() {
        return List.copyOf(commands);
    }

    @Override
    public ObtainCredentialsResult obtain(ObtainCredentialsCommand command) {
        commands.add(command);
        AccountId account = command.account();
        if (without.contains(account)) {
            return new ObtainCredentialsResult.Unavailable("no credentials stored for " + account);
        }
        KiroCredentials credentials = current.computeIfAbsent(account,
                id -> social("token-" + id.value(), "arn:aws:codewhisperer:us-east-1:000000000000:profile/" + id.value()));
        if (command.afterRejection()) {
            if (refreshFails.contains(account)) {
                return new ObtainCredentialsResult.Unavailable("refresh token rejected for " + account);
            }
            credentials = credentials.refreshed(credentials.accessToken() + "-refreshed", Optional.empty(), FAR_FUTURE,
                    Optional.empty());
            current.put(account, credentials);
        }
        return new ObtainCredentialsResult.Ready(credentials);
    }
}
