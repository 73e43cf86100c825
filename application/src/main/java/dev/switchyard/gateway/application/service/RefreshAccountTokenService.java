package dev.switchyard.gateway.application.service;

import dev.switchyard.gateway.application.port.in.RefreshAccountTokenCommand;
import dev.switchyard.gateway.application.port.in.RefreshAccountTokenResult;
import dev.switchyard.gateway.application.port.in.RefreshAccountTokenUseCase;
import dev.switchyard.gateway.application.port.out.AccountRegistry;
import dev.switchyard.gateway.application.port.out.CredentialStore;
import dev.switchyard.gateway.application.port.out.RefreshLock;
import dev.switchyard.gateway.application.port.out.TokenRefresher;
import dev.switchyard.gateway.application.refresh.RefreshProcedure;
import dev.switchyard.gateway.application.refresh.RefreshProcedure.Reason;
import dev.switchyard.gateway.domain.TokenRefreshPolicy;
import java.time.Clock;
import java.time.Duration;

/** An operator's forced refresh: always calls the auth service, under the same cross-replica lock. */
public final class RefreshAccountTokenService implements RefreshAccountTokenUseCase {

    private final AccountRegistry registry;
    private final RefreshProcedure procedure;

    public RefreshAccountTokenService(CredentialStore store, RefreshLock lock, TokenRefresher refresher,
            AccountRegistry registry, TokenRefreshPolicy policy, Duration waitLimit, Clock clock) {
        this.registry = registry;
        this.procedure = new RefreshProcedure(store, lock, refresher, registry, policy, waitLimit, clock);
    }

    @Override
    public RefreshAccountTokenResult refresh(RefreshAccountTokenCommand command) {
        if (registry.find(command.account()).isEmpty()) {
            return new RefreshAccountTokenResult.NotFound();
        }
        return switch (procedure.run(command.account(), new Reason.Forced())) {
            case RefreshProcedure.Result.Fresh fresh -> new RefreshAccountTokenResult.Refreshed(fresh.credentials().expiresAt());
            case RefreshProcedure.Result.Skipped skipped -> new RefreshAccountTokenResult.Failed("not refreshed");
            case RefreshProcedure.Result.NotFound notFound -> new RefreshAccountTokenResult.NotFound();
            case RefreshProcedure.Result.Rejected rejected -> new RefreshAccountTokenResult.Rejected(rejected.reason());
            case RefreshProcedure.Result.Failed failed -> new RefreshAccountTokenResult.Failed(failed.reason());
        };
    }
}
