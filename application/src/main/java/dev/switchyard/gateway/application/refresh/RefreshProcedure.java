package dev.switchyard.gateway.application.refresh;

import dev.switchyard.gateway.application.port.out.AccountRegistry;
import dev.switchyard.gateway.application.port.out.CredentialStore;
import dev.switchyard.gateway.application.port.out.CredentialStore.CredentialUpdate;
import dev.switchyard.gateway.application.port.out.RefreshLock;
import dev.switchyard.gateway.application.port.out.RefreshLock.LockAttempt;
import dev.switchyard.gateway.application.port.out.TokenRefresher;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.CredentialFile;
import dev.switchyard.gateway.domain.HealthChange;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.RefreshOutcome;
import dev.switchyard.gateway.domain.TokenRefreshPolicy;
import dev.switchyard.gateway.domain.TokenRefreshPolicy.RefreshNeed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One token refresh of one account, under the cross-replica lock: re-read the stored credentials
 * (someone may have refreshed already), call the auth service, write the rotated tokens back with
 * compare-and-set, and record what happened in the pool. Shared by the services that refresh (a
 * package of its own because only the feature's wiring may construct what lives in {@code service}).
 *
 * <p>Degraded mode (the lock store is unreachable): a token that must be refreshed (expired,
 * rejected, or an operator's request) is refreshed without the cross-replica lock; a proactive
 * refresh waits until the lock store is back, so replicas never race for a token that still works.
 */
public final class RefreshProcedure {

    private static final Logger LOG = LoggerFactory.getLogger(RefreshProcedure.class);
    private static final Duration LOCK_POLL = Duration.ofMillis(50);

    private final CredentialStore store;
    private final RefreshLock lock;
    private final TokenRefresher refresher;
    private final AccountRegistry registry;
    private final TokenRefreshPolicy policy;
    private final Duration lockWait;
    private final Clock clock;

    public RefreshProcedure(CredentialStore store, RefreshLock lock, TokenRefresher refresher, AccountRegistry registry,
            TokenRefreshPolicy policy, Duration lockWait, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.lock = Objects.requireNonNull(lock, "lock");
        this.refresher = Objects.requireNonNull(refresher, "refresher");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.lockWait = Objects.requireNonNull(lockWait, "lockWait");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Why a refresh runs, which decides whether fresh-enough stored credentials end it early. */
    public sealed interface Reason {
        /** The token expires soon but still works. */
        record Ahead() implements Reason {
        }

        /** The token has expired (or is about to): needed before the next call. */
        record Expired() implements Reason {
        }

        /** Kiro rejected {@code accessToken}: refresh unless the stored token is already another one. */
        record Rejected(String accessToken) implements Reason {
        }

        /** An operator asked for it: always call the auth service. */
        record Forced() implements Reason {
        }
    }

    public sealed interface Result {
        /** Credentials to use: refreshed here, or found refreshed by someone else. */
        record Fresh(KiroCredentials credentials, boolean refreshedHere) implements Result {
        }

        /** Nothing needed doing (or the lock store is away and the token still works). */
        record Skipped() implements Result {
        }

        record NotFound() implements Result {
        }

        /** The refresh token was refused for good; the account is now marked as needing a new login. */
        record Rejected(String reason, String refreshTokenFingerprint) implements Result {
        }

        record Failed(String reason) implements Result {
        }
    }

    public Result run(AccountId account, Reason reason) {
        LockAttempt attempt = acquireWithin(account, lockWait);
        return switch (attempt) {
            case LockAttempt.Acquired lease -> {
                try {
                    yield refreshHolding(account, reason);
                } finally {
                    lock.release(lease);
                }
            }
            case LockAttempt.Busy busy -> afterSomeoneElse(account);
            case LockAttempt.Unreachable unreachable -> {
                if (reason instanceof Reason.Ahead) {
                    LOG.debug("proactive refresh of {} postponed: lock store unreachable ({})", account, unreachable.reason());
                    yield new Result.Skipped();
                }
                LOG.warn("refreshing {} without the cross-replica lock: {}", account, unreachable.reason());
                yield refreshHolding(account, reason);
            }
        };
    }

    private LockAttempt acquireWithin(AccountId account, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        LockAttempt attempt = lock.tryAcquire(account);
        while (attempt instanceof LockAttempt.Busy && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(LOCK_POLL.toNanos());
            attempt = lock.tryAcquire(account);
        }
        return attempt;
    }

    /** Someone held the lock for the whole wait: use what they stored if it is usable. */
    private Result afterSomeoneElse(AccountId account) {
        Optional<KiroCredentials> latest = store.latest(account);
        if (latest.isEmpty()) {
            return new Result.NotFound();
        }
        if (policy.need(latest.get(), clock.instant()) != RefreshNeed.BEFORE_USE) {
            return new Result.Fresh(latest.get(), false);
        }
        return new Result.Failed("another refresh of this account did not finish within " + lockWait.toMillis() + " ms");
    }

    private Result refreshHolding(AccountId account, Reason reason) {
        Optional<KiroCredentials> stored = store.latest(account);
        if (stored.isEmpty()) {
            return new Result.NotFound();
        }
        KiroCredentials latest = stored.get();
        Instant now = clock.instant();
        boolean alreadyDone = switch (reason) {
            case Reason.Ahead ahead -> policy.need(latest, now) == RefreshNeed.NONE;
            case Reason.Expired expired -> policy.need(latest, now) == RefreshNeed.NONE;
            case Reason.Rejected rejected -> !latest.accessToken().equals(rejected.accessToken());
            case Reason.Forced forced -> false;
        };
        if (alreadyDone) {
            return new Result.Fresh(latest, false);
        }
        RefreshOutcome outcome = refresher.refresh(latest);
        return switch (outcome) {
            case RefreshOutcome.Refreshed refreshed -> store(account, latest, refreshed);
            case RefreshOutcome.Rejected rejected -> rejected(account, latest, rejected.reason());
            case RefreshOutcome.Failed failed -> {
                LOG.warn("token refresh of {} failed: {}", account, failed.reason());
                yield new Result.Failed(failed.reason());
            }
        };
    }

    private Result store(AccountId account, KiroCredentials previous, RefreshOutcome.Refreshed refreshed) {
        Instant now = clock.instant();
        KiroCredentials updated = previous.refreshed(refreshed.accessToken(), refreshed.refreshToken(),
                policy.expiresAt(refreshed.expiresIn(), now), refreshed.profileArn());
        return switch (store.replace(account, previous, updated)) {
            case CredentialUpdate.Stored stored -> refreshedHere(account, previous, updated, now, "stored");
            case CredentialUpdate.Deferred deferred -> refreshedHere(account, previous, updated, now,
                    "kept here until the credential store is reachable");
            case CredentialUpdate.Superseded superseded -> {
                LOG.warn("refreshed {} but another refresh stored first; using the stored tokens", account);
                yield new Result.Fresh(superseded.current(), false);
            }
            case CredentialUpdate.Missing missing -> new Result.NotFound();
        };
    }

    private Result refreshedHere(AccountId account, KiroCredentials previous, KiroCredentials updated, Instant now,
            String where) {
        registry.change(account, new HealthChange.Refreshed(now));
        LOG.info("refreshed the token of {} (refresh token {} -> {}), valid until {}; {}", account,
                CredentialFile.fingerprint(previous.refreshToken()), CredentialFile.fingerprint(updated.refreshToken()),
                updated.expiresAt(), where);
        return new Result.Fresh(updated, true);
    }

    /** Refused: unless the stored refresh token changed meanwhile (then ours was just stale), a new login is needed. */
    private Result rejected(AccountId account, KiroCredentials used, String reason) {
        Optional<KiroCredentials> now = store.latest(account);
        if (now.isPresent() && !now.get().refreshToken().equals(used.refreshToken())) {
            return new Result.Fresh(now.get(), false);
        }
        String message = "refresh token rejected (" + reason + "): log in again and re-import the account";
        registry.change(account, new HealthChange.ReauthenticationRequired(message, clock.instant()));
        LOG.warn("account {} needs a new login: {}", account, message);
        return new Result.Rejected(message, CredentialFile.fingerprint(used.refreshToken()));
    }
}
