package dev.switchyard.gateway.adapter.redis;

import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.PooledAccount;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The pool hash as last read from Redis.
 *
 * @param sentAtNanos {@link System#nanoTime()} when the read was sent: writes sent before it are in it
 * @param readAtNanos when the read arrived; empty when Redis has never answered
 */
record PoolSnapshot(Map<AccountId, PooledAccount> accounts, long sentAtNanos, OptionalLong readAtNanos) {

    static final PoolSnapshot NEVER_READ = new PoolSnapshot(Map.of(), Long.MIN_VALUE, OptionalLong.empty());

    PoolSnapshot {
        accounts = Map.copyOf(accounts);
    }
}
