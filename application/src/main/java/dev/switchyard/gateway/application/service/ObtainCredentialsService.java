package dev.switchyard.gateway.application.service;

import dev.switchyard.gateway.application.port.in.ObtainCredentialsCommand;
import dev.switchyard.gateway.application.port.in.ObtainCredentialsResult;
import dev.switchyard.gateway.application.port.in.ObtainCredentialsUseCase;
import dev.switchyard.gateway.application.port.out.AccountRegistry;
import dev.switchyard.gateway.application.port.out.CredentialStore;
import dev.switchyard.gateway.application.port.out.RefreshLock;
import dev.switchyard.gateway.application.port.out.TokenRefresher;
import dev.switchyard.gateway.application.refresh.RefreshProcedure;
import dev.switchyard.gateway.application.refresh.RefreshProcedure.Reason;
import dev.switchyard.gateway.application.refresh.RefreshProcedure.Result;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.CredentialFile;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.PooledAccount;
import dev.switchyard.gateway.domain.TokenRefreshPolicy;
import dev.switchyard.gateway.domain.TokenRefreshPolicy.RefreshNeed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out an account's tokens, refreshing them when the {@link TokenRefreshPolicy} says so: in the
 * background while they still work (the call goes ahead with the current token), before the call
 * when they have expired, and once after Kiro rejected them. Refreshes are single-flight: one per
 * account in this process (callers join the running one), and one across replicas through the
 * {@link RefreshLock}. Callers wait at most {@code waitLimit} for a refresh they need.
 */
public final class ObtainCredentialsService implements ObtainCredentialsUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(ObtainCredentialsService.class);

    private final CredentialStore store;
    private final AccountRegistry registry;
    private final RefreshProcedure procedure;
    private final TokenRefreshPolicy policy;
    private final Duration waitLimit;
    private final Executor background;
    private final Clock clock;
    private final Map<AccountId, CompletableFuture<Result>> inFlight = new ConcurrentHashMap<>();
    private final Map<AccountId, Instant> lastFailure = new ConcurrentHashMap<>();
    /** Fingerprints of refresh tokens refused here: asking again would be refused again, until a new login. */
    private final Map<AccountId, String> rejectedRefreshTokens = new ConcurrentHashMap<>();

    /**
     * @param waitLimit  the longest a caller waits for a refresh it needs, and for another holder's lock
     * @param background runs refreshes (virtual threads in production)
     */
    public ObtainCredentialsService(CredentialStore store, RefreshLock lock, TokenRefresher refresher,
            AccountRegistry registry, TokenRefreshPolicy policy, Duration waitLimit, Executor background, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.waitLimit = Objects.requireNonNull(waitLimit, "waitLimit");
        this.background = Objects.requireNonNull(background, "background");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.procedure = new RefreshProcedure(store, lock, refresher, registry, policy, waitLimit, clock);
    }

    @Override
    public ObtainCredentialsResult obtain(ObtainCredentialsCommand command) {
        AccountId account = command.account();
        Optional<KiroCredentials> current = store.current(account);
        if (current.isEmpty()) {
            return new ObtainCredentialsResult.Unavailable("no credentials stored for account " + account);
        }
        KiroCredentials credentials = current.get();
        Instant now = clock.instant();
        String rejectedFingerprint = rejectedRefreshTokens.get(account);
        if (rejectedFingerprint != null && rejectedFingerprint.equals(CredentialFile.fingerprint(credentials.refreshToken()))
                && (command.afterRejection() || policy.need(credentials, now) == RefreshNeed.BEFORE_USE)) {
            return new ObtainCredentialsResult.Unavailable("account " + account
                    + " needs a new login: its refresh token was rejected");
        }
        if (command.afterRejection()) {
            return afterRejection(account, credentials, now);
        }
        return switch (policy.need(credentials, now)) {
            case NONE -> new ObtainCredentialsResult.Ready(credentials);
            case IN_BACKGROUND -> {
                if (!failedRecently(account, now)) {
                    start(account, new Reason.Ahead());
                }
                yield new ObtainCredentialsResult.Ready(credentials);
            }
            case BEFORE_USE -> failedRecently(account, now)
                    ? new ObtainCredentialsResult.Unavailable("the token has expired and its last refresh failed less than "
                            + policy.retryAfterFailure().toSeconds() + " s ago")
                    : await(account, start(account, new Reason.Expired()));
        };
    }

    /** A token refreshed moments ago (here or by another replica) is not refreshed again: Kiro may lag behind. */
    private ObtainCredentialsResult afterRejection(AccountId account, KiroCredentials rejected, Instant now) {
        boolean recent = registry.find(account)
                .map(PooledAccount::health)
                .flatMap(health -> health.lastRefreshedAt())
                .filter(refreshedAt -> policy.recentlyRefreshed(refreshedAt, now))
                .isPresent();
        if (recent) {
            return new ObtainCredentialsResult.Ready(store.latest(account).orElse(rejected));
        }
        return await(account, start(account, new Reason.Rejected(rejected.accessToken())));
    }

    /** The running refresh of the account, or a new one. */
    private CompletableFuture<Result> start(AccountId account, Reason reason) {
        CompletableFuture<Result> mine = new CompletableFuture<>();
        CompletableFuture<Result> running = inFlight.putIfAbsent(account, mine);
        if (running != null) {
            return running;
        }
        try {
            background.execute(() -> runAndComplete(account, reason, mine));
        } catch (RejectedExecutionException shuttingDown) {
            inFlight.remove(account, mine);
            mine.complete(new Result.Failed("shutting down"));
        }
        return mine;
    }

    private void runAndComplete(AccountId account, Reason reason, CompletableFuture<Result> future) {
        Result result;
        try {
            result = procedure.run(account, reason);
        } catch (RuntimeException e) {
            LOG.error("token refresh of {} broke", account, e);
            result = new Result.Failed(e.getClass().getSimpleName());
        }
        switch (result) {
            case Result.Failed failed -> lastFailure.put(account, clock.instant());
            case Result.Rejected rejected -> {
                lastFailure.remove(account);
                rejectedRefreshTokens.put(account, rejected.refreshTokenFingerprint());
            }
            case Result.Fresh fresh -> {
                lastFailure.remove(account);
                rejectedRefreshTokens.remove(account);
            }
            case Result.Skipped skipped -> lastFailure.remove(account);
            case Result.NotFound notFound -> lastFailure.remove(account);
        }
        inFlight.remove(account, future);
        future.complete(result);
    }

    private boolean failedRecently(AccountId account, Instant now) {
        Instant failedAt = lastFailure.get(account);
        return failedAt != null && failedAt.plus(policy.retryAfterFailure()).isAfter(now);
    }

    private ObtainCredentialsResult await(AccountId account, CompletableFuture<Result> refresh) {
        Result result;
        try {
            result = refresh.get(waitLimit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return new ObtainCredentialsResult.Unavailable("token refresh still running after " + waitLimit.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ObtainCredentialsResult.Unavailable("interrupted while the token was refreshed");
        } catch (ExecutionException e) {
            return new ObtainCredentialsResult.Unavailable("token refresh broke: " + e.getCause().getClass().getSimpleName());
        }
        return switch (result) {
            case Result.Fresh fresh -> new ObtainCredentialsResult.Ready(fresh.credentials());
            case Result.Skipped skipped -> store.current(account)
                    .<ObtainCredentialsResult>map(ObtainCredentialsResult.Ready::new)
                    .orElseGet(() -> new ObtainCredentialsResult.Unavailable("no credentials stored for account " + account));
            case Result.NotFound notFound -> new ObtainCredentialsResult.Unavailable("no credentials stored for account " + account);
            case Result.Rejected rejected -> new ObtainCredentialsResult.Unavailable(rejected.reason());
            case Result.Failed failed -> new ObtainCredentialsResult.Unavailable("token refresh failed: " + failed.reason());
        };
    }
}
