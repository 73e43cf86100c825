package dev.switchyard.gateway.testkit;

import dev.switchyard.gateway.application.port.out.AccountPool;
import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.UpstreamFailure;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An {@link AccountPool} for tests of the gateway's use cases: it offers its accounts in list order
 * (deterministic, unlike the real round robin), skips the ones already tried and the ones a
 * penalizing failure put out (until {@link #restore}), and records every outcome it is told.
 */
public final class FakeAccountPool implements AccountPool {

    private final List<Account> accounts;
    private final Set<AccountId> out = ConcurrentHashMap.newKeySet();
    private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();

    public FakeAccountPool(List<Account> accounts) {
        this.accounts = List.copyOf(accounts);
    }

    public static FakeAccountPool of(String... accountIds) {
        return new FakeAccountPool(Arrays.stream(accountIds).map(id -> Account.of(AccountId.of(id), id)).toList());
    }

    public static FakeAccountPool empty() {
        return new FakeAccountPool(List.of());
    }

    public FakeAccountPool takeOut(String accountId) {
        out.add(AccountId.of(accountId));
        return this;
    }

    public FakeAccountPool restore(String accountId) {
        out.remove(AccountId.of(accountId));
        return this;
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public void forgetOutcomes() {
        outcomes.clear();
    }

    @Override
    public Optional<Account> next(Set<AccountId> alreadyTried) {
        return accounts.stream()
                .filter(account -> !alreadyTried.contains(account.id()) && !out.contains(account.id()))
                .findFirst();
    }

    @Override
    public void recordSuccess(AccountId account) {
        outcomes.add(Outcome.success(account));
    }

    @Override
    public void recordFailure(AccountId account, UpstreamFailure failure, Optional<Duration> retryAfter) {
        outcomes.add(new Outcome(account, Optional.of(failure), retryAfter));
        if (failure.penalizesAccount()) {
            out.add(account);
        }
    }

    /** A success ({@code failure} empty) or a failure the pool was told about. */
    public record Outcome(AccountId account, Optional<UpstreamFailure> failure, Optional<Duration> retryAfter) {

        public Outcome {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(retryAfter, "retryAfter");
        }

        public static Outcome success(AccountId account) {
            return new Outcome(account, Optional.empty(), Optional.empty());
        }

        public static Outcome success(String account) {
            return success(AccountId.of(account));
        }

        public static Outcome failure(String account, UpstreamFailure failure) {
            return new Outcome(AccountId.of(account), Optional.of(failure), Optional.empty());
        }

        public static Outcome failure(String account, UpstreamFailure failure, Duration retryAfter) {
            return new Outcome(AccountId.of(account), Optional.of(failure), Optional.of(retryAfter));
        }
    }
}
