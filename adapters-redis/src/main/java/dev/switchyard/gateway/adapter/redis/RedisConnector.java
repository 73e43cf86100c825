package dev.switchyard.gateway.adapter.redis;

import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The gateway's Redis connection, opened on first use and kept (Lettuce reconnects it by itself
 * from then on). While it cannot be opened, every use fails as {@link RedisUnreachableException},
 * so the adapters start, and serve from memory, when Redis is away at start-up.
 */
public final class RedisConnector {

    private final Supplier<StatefulRedisConnection<String, String>> connect;
    private final ReentrantLock connecting = new ReentrantLock();
    private volatile RedisAsyncCommands<String, String> commands;

    /** @param connect opens (or returns) the connection; throws while Redis is unreachable */
    public RedisConnector(Supplier<StatefulRedisConnection<String, String>> connect) {
        this.connect = Objects.requireNonNull(connect, "connect");
    }

    public static RedisConnector of(StatefulRedisConnection<String, String> connection) {
        Objects.requireNonNull(connection, "connection");
        return new RedisConnector(() -> connection);
    }

    RedisAsyncCommands<String, String> commands(RedisAvailability redis) {
        RedisAsyncCommands<String, String> open = commands;
        if (open != null) {
            return open;
        }
        // One caller connects; the others wait for it, but no longer than a command may take.
        try {
            if (!connecting.tryLock(redis.commandTimeout().toNanos(), TimeUnit.NANOSECONDS)) {
                throw redis.unreachable("connect", new TimeoutException("a connection attempt is still under way"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw redis.unreachable("connect", e);
        }
        try {
            if (commands == null) {
                commands = connect.get().async();
            }
            return commands;
        } catch (RuntimeException e) {
            throw redis.unreachable("connect", e);
        } finally {
            connecting.unlock();
        }
    }
}
