package dev.switchyard.gateway.adapter.redis;

import dev.switchyard.gateway.application.port.out.RefreshLock;
import dev.switchyard.gateway.domain.AccountId;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Node service's refresh lock ({@code {prefix}token-lock:claude-kiro-oauth:{uuid}}): {@code SET NX EX}
 * with the value {@code {epochMs}-{random}}, released by compare-and-delete so a holder whose lock
 * expired never frees the next holder's.
 */
public final class RedisRefreshLock implements RefreshLock {

    private static final Logger LOG = LoggerFactory.getLogger(RedisRefreshLock.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RedisConnector connector;
    private final RedisKeys keys;
    private final RedisAvailability redis;
    private final Duration ttl;
    private final Clock clock;
    private final RedisScripts compareAndDelete;

    public RedisRefreshLock(RedisConnector connector, RedisKeys keys, RedisAvailability redis,
            Duration ttl, Clock clock) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.redis = Objects.requireNonNull(redis, "redis");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.compareAndDelete = RedisScripts.load("compare-and-delete.lua", ScriptOutputType.INTEGER);
    }

    @Override
    public LockAttempt tryAcquire(AccountId account) {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        String token = clock.millis() + "-" + HexFormat.of().formatHex(random);
        try {
            String reply = redis.await("SET NX refresh lock",
                    commands().set(keys.refreshLock(account.value()), token, SetArgs.Builder.nx().ex(Math.max(1, ttl.toSeconds()))));
            return "OK".equals(reply) ? new LockAttempt.Acquired(account, token) : new LockAttempt.Busy();
        } catch (RedisUnreachableException e) {
            return new LockAttempt.Unreachable(e.getMessage());
        }
    }

    @Override
    public void release(LockAttempt.Acquired lease) {
        try {
            compareAndDelete.run(commands(), redis, new String[] {keys.refreshLock(lease.account().value())}, lease.token());
        } catch (RedisUnreachableException e) {
            LOG.debug("refresh lock of {} not released ({}); it expires by itself", lease.account(), e.getMessage());
        }
    }

    private RedisAsyncCommands<String, String> commands() {
        return connector.commands(redis);
    }

}
