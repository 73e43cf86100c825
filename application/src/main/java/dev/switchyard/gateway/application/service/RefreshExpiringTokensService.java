package dev.switchyard.gateway.application.service;

import dev.switchyard.gateway.application.port.in.ObtainCredentialsCommand;
import dev.switchyard.gateway.application.port.in.ObtainCredentialsUseCase;
import dev.switchyard.gateway.application.port.in.RefreshExpiringTokensResult;
import dev.switchyard.gateway.application.port.in.RefreshExpiringTokensUseCase;
import dev.switchyard.gateway.application.port.out.AccountRegistry;
import dev.switchyard.gateway.application.port.out.CredentialStore;
import dev.switchyard.gateway.domain.AccountHealth;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.PooledAccount;
import dev.switchyard.gateway.domain.TokenRefreshPolicy;
import dev.switchyard.gateway.domain.TokenRefreshPolicy.RefreshNeed;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The pool-wide counterpart of a call's own refresh check: asks {@link ObtainCredentialsUseCase} for
 * the credentials of each account the {@link TokenRefreshPolicy} says needs a refresh, which starts
 * it (or joins the one running), and forces one for an account flagged {@code needsRefresh} (the
 * Node service flags an account after a 401 and leaves it out until refreshed). Each ask runs on
 * {@code background}, so an expired token's refresh does not hold up the scan.
 */
public final class RefreshExpiringTokensService implements RefreshExpiringTokensUseCase {

    private final AccountRegistry registry;
    private final CredentialStore store;
    private final ObtainCredentialsUseCase obtain;
    private final TokenRefreshPolicy policy;
    private final Executor background;
    private final Clock clock;

    public RefreshExpiringTokensService(AccountRegistry registry, CredentialStore store, ObtainCredentialsUseCase obtain,
            TokenRefreshPolicy policy, Executor background, Clock clock) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.store = Objects.requireNonNull(store, "store");
        this.obtain = Objects.requireNonNull(obtain, "obtain");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.background = Objects.requireNonNull(background, "background");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RefreshExpiringTokensResult refreshExpiring() {
        Instant now = clock.instant();
        int checked = 0;
        int started = 0;
        for (PooledAccount account : registry.accounts()) {
            AccountHealth health = account.health();
            if (health.disabled() || health.needsReauthentication()) {
                continue;
            }
            checked++;
            Optional<KiroCredentials> credentials = store.current(account.id());
            boolean flagged = health.needsRefresh();
            if (!flagged && (credentials.isEmpty() || policy.need(credentials.get(), now) == RefreshNeed.NONE)) {
                continue;
            }
            ObtainCredentialsCommand command = flagged
                    ? ObtainCredentialsCommand.afterRejection(account.id())
                    : ObtainCredentialsCommand.beforeCall(account.id());
            try {
                background.execute(() -> obtain.obtain(command));
                started++;
            } catch (RejectedExecutionException shuttingDown) {
                break;
            }
        }
        return new RefreshExpiringTokensResult(checked, started);
    }
}
