package dev.switchyard.gateway.adapter.memory;

import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.CooldownPolicy;
import dev.switchyard.gateway.testkit.AccountFixtures;
import dev.switchyard.gateway.testkit.AccountPoolContract;
import java.util.List;

class InMemoryAccountPoolTest extends AccountPoolContract {

    @Override
    protected PoolUnderTest poolWith(List<Account> accounts) {
        InMemoryCredentialStore credentials = new InMemoryCredentialStore();
        InMemoryAccountPool pool = new InMemoryAccountPool(credentials, CooldownPolicy.DEFAULTS, clock);
        accounts.forEach(account -> pool.register(account, AccountFixtures.social(account.id().value(), START.plusSeconds(3600))));
        return new PoolUnderTest(pool, pool);
    }

    @Override
    protected PoolUnderTest anotherInstance(PoolUnderTest pool) {
        return pool;
    }
}
