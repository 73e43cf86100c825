package dev.switchyard.gateway.adapter.memory;

import dev.switchyard.gateway.application.port.out.AccountPool;
import dev.switchyard.gateway.application.port.out.AccountRegistry;
import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.AccountHealth;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.AccountSelectionPolicy;
import dev.switchyard.gateway.domain.CooldownPolicy;
import dev.switchyard.gateway.domain.HealthChange;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.PooledAccount;
import dev.switchyard.gateway.domain.UpstreamFailure;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The account pool in this process only ({@code gateway.accounts.store=memory}: one instance, not
 * shared with the Node service, lost on restart), and the twin of {@code RedisAccountPool} in tests.
 */
public final class InMemoryAccountPool implements AccountPool, AccountRegistry {

    private final Map<AccountId, PooledAccount> accounts = new ConcurrentHashMap<>();
    private final AtomicLong roundRobin = new AtomicLong();
    private final AccountSelectionPolicy selection = new AccountSelectionPolicy();
    private final InMemoryCredentialStore credentials;
    private final CooldownPolicy cooldowns;
    private final Clock clock;

    public InMemoryAccountPool(InMemoryCredentialStore credentials, CooldownPolicy cooldowns, Clock clock) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.cooldowns = Objects.requireNonNull(cooldowns, "cooldowns");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<Account> next(Set<AccountId> alreadyTried) {
        List<Account> candidates = selection.candidates(accounts.values(), alreadyTried, clock.instant());
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(selection.pick(candidates, roundRobin.incrementAndGet()));
    }

    @Override
    public void recordSuccess(AccountId account) {
        change(account, HealthChange.Succeeded.once(clock.instant()));
    }

    @Override
    public void recordFailure(AccountId account, UpstreamFailure failure, Optional<Duration> retryAfter) {
        var now = clock.instant();
        cooldowns.cooldownEnd(failure, retryAfter, now)
                .ifPresent(until -> change(account, new HealthChange.Failed(failure, until, now)));
    }

    @Override
    public List<PooledAccount> accounts() {
        return List.copyOf(accounts.values());
    }

    @Override
    public Optional<PooledAccount> find(AccountId account) {
        return Optional.ofNullable(accounts.get(account));
    }

    @Override
    public Optional<PooledAccount> change(AccountId account, HealthChange change) {
        return Optional.ofNullable(accounts.computeIfPresent(account, (id, member) -> member.apply(change)));
    }

    @Override
    public synchronized Registration register(Account account, KiroCredentials newCredentials) {
        Optional<AccountId> owner = credentials.ownerOf(newCredentials.refreshToken());
        if (owner.isPresent() && !owner.get().equals(account.id())) {
            return new Registration.Duplicate(owner.get());
        }
        credentials.put(account.id(), newCredentials);
        PooledAccount existing = accounts.get(account.id());
        if (existing != null) {
            return new Registration.Registered(change(account.id(), new HealthChange.Refreshed(clock.instant())).orElseThrow(), true);
        }
        PooledAccount added = new PooledAccount(account, AccountHealth.fresh());
        accounts.put(account.id(), added);
        return new Registration.Registered(added, false);
    }
}
