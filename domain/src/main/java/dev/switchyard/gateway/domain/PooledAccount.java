package dev.switchyard.gateway.domain;

import java.util.Objects;

/** An account of the pool with its current health. */
public record PooledAccount(Account account, AccountHealth health) {

    public PooledAccount {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(health, "health");
    }

    public AccountId id() {
        return account.id();
    }

    public PooledAccount apply(HealthChange change) {
        return new PooledAccount(account, health.apply(change));
    }
}
