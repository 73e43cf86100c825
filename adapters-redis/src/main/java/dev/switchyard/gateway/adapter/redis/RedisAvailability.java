package dev.switchyard.gateway.adapter.redis;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisNoScriptException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every gateway Redis command goes through here: it waits at most {@code commandTimeout}, and a
 * command that fails for want of Redis (timeout, connection down) marks Redis unreachable. While
 * it is, the request path does not wait for Redis at all (the adapters serve from memory: the
 * {@code PoolOutagePolicy}); background work (flushes, cache reloads) keeps trying and marks it
 * reachable again. Exposed as the gauge {@code switchyard.gateway.redis.degraded} (1 while unreachable).
 */
public final class RedisAvailability {

    private static final Logger LOG = LoggerFactory.getLogger(RedisAvailability.class);

    private final Duration commandTimeout;
    private final AtomicBoolean reachable = new AtomicBoolean(true);

    public RedisAvailability(Duration commandTimeout, MeterRegistry meters) {
        this.commandTimeout = Objects.requireNonNull(commandTimeout, "commandTimeout");
        Gauge.builder("switchyard.gateway.redis.degraded", reachable, up -> up.get() ? 0 : 1)
                .description("1 while the gateway serves its account pool from memory because Redis is unreachable")
                .register(meters);
    }

    public boolean reachable() {
        return reachable.get();
    }

    public Duration commandTimeout() {
        return commandTimeout;
    }

    /**
     * The command's result, within the timeout. Throws {@link RedisUnreachableException} when Redis
     * is away; an error reply (Redis is there but refused the command) is an {@link IllegalStateException},
     * except {@link RedisNoScriptException}, which callers handle.
     */
    <T> T await(String operation, CompletionStage<T> command) {
        try {
            T result = command.toCompletableFuture().get(commandTimeout.toNanos(), TimeUnit.NANOSECONDS);
            succeeded();
            return result;
        } catch (TimeoutException e) {
            command.toCompletableFuture().cancel(false);
            throw unreachable(operation, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedisUnreachableException("interrupted during " + operation, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RedisNoScriptException noScript) {
                throw noScript;
            }
            if (cause instanceof RedisCommandExecutionException refused) {
                succeeded();
                throw new IllegalStateException(operation + " refused by Redis: " + refused.getMessage(), refused);
            }
            throw unreachable(operation, cause);
        }
    }

    void succeeded() {
        if (reachable.compareAndSet(false, true)) {
            LOG.info("Redis is reachable again: the gateway account pool is shared again");
        }
    }

    RedisUnreachableException unreachable(String operation, Throwable cause) {
        if (reachable.compareAndSet(true, false)) {
            LOG.warn("Redis unreachable ({} failed: {}): serving the gateway account pool from memory, "
                    + "health changes are kept and written back when Redis returns", operation, describe(cause));
        }
        return new RedisUnreachableException(operation + " failed: " + describe(cause), cause);
    }

    private String describe(Throwable cause) {
        return cause instanceof TimeoutException
                ? "no answer within " + commandTimeout.toMillis() + " ms"
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
