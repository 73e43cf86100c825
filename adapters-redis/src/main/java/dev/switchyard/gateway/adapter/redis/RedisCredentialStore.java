package dev.switchyard.gateway.adapter.redis;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.switchyard.gateway.application.port.out.CredentialStore;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.CredentialFile;
import dev.switchyard.gateway.domain.KiroCredentials;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Account tokens in Redis as the Node.js service keeps them ({@code {prefix}tokens:claude-kiro-oauth:{uuid}},
 * the {@code kiro-auth-token.json} shape). {@link #current} is served from a local copy reloaded in
 * the background every {@code cacheTtl} (no round trip on the request path); {@link #latest} reads
 * Redis. A refresh is written back with a compare-and-set on the whole record that changes only the
 * token fields, so a rotated refresh token is never lost. While Redis is away, refreshed tokens are
 * used here and written back when it returns (unless someone else stored newer ones meanwhile).
 */
public final class RedisCredentialStore implements CredentialStore, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisCredentialStore.class);
    private static final int WRITE_ATTEMPTS = 5;

    /** The record as read: its JSON, for compare-and-set, and what it means. */
    private record Stored(String json, KiroCredentials credentials) {
    }

    /** A refresh kept here while Redis was away: {@code expected} is what it replaces. */
    private record Deferred(KiroCredentials expected, KiroCredentials updated) {
    }

    private final RedisConnector connector;
    private final RedisKeys keys;
    private final RedisAvailability redis;
    private final RedisScripts compareAndSet;
    private final LoadingCache<AccountId, Optional<Stored>> cache;
    private final Map<AccountId, Deferred> deferred = new ConcurrentHashMap<>();
    private final ScheduledExecutorService writer;

    public RedisCredentialStore(RedisConnector connector, RedisKeys keys, RedisAvailability redis,
            Duration cacheTtl, Duration writeInterval, MeterRegistry meters) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.redis = Objects.requireNonNull(redis, "redis");
        this.compareAndSet = RedisScripts.load("tokens-compare-and-set.lua", ScriptOutputType.INTEGER);
        this.cache = Caffeine.newBuilder()
                .maximumSize(100_000)
                .refreshAfterWrite(cacheTtl)
                .build(new RecordLoader());
        Gauge.builder("switchyard.gateway.credentials.unwritten", deferred, Map::size)
                .description("refreshed credentials kept here until Redis is reachable").register(meters);
        this.writer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("gateway-credentials-writer").factory());
        long interval = writeInterval.toNanos();
        writer.scheduleWithFixedDelay(this::writeDeferred, interval, interval, TimeUnit.NANOSECONDS);
    }

    @Override
    public Optional<KiroCredentials> current(AccountId account) {
        Deferred kept = deferred.get(account);
        if (kept != null) {
            return Optional.of(kept.updated());
        }
        if (!redis.reachable()) {
            Optional<Stored> known = cache.getIfPresent(account);
            return known == null ? Optional.empty() : known.map(Stored::credentials);
        }
        try {
            return cache.get(account).map(Stored::credentials);
        } catch (RedisUnreachableException e) {
            // Redis went away before this account was ever read: nothing to serve it from.
            return Optional.empty();
        }
    }

    @Override
    public Optional<KiroCredentials> latest(AccountId account) {
        if (deferred.containsKey(account) || !redis.reachable()) {
            return current(account);
        }
        try {
            Optional<Stored> stored = read(account);
            cache.put(account, stored);
            return stored.map(Stored::credentials);
        } catch (RedisUnreachableException e) {
            return current(account);
        }
    }

    @Override
    public CredentialUpdate replace(AccountId account, KiroCredentials expected, KiroCredentials updated) {
        try {
            return write(account, expected, updated);
        } catch (RedisUnreachableException e) {
            LOG.warn("Redis unreachable: the refreshed tokens of {} are kept here until it returns", account);
            deferred.put(account, new Deferred(expected, updated));
            return new CredentialUpdate.Deferred();
        }
    }

    private CredentialUpdate write(AccountId account, KiroCredentials expected, KiroCredentials updated) {
        String uuid = account.value();
        for (int attempt = 1; attempt <= WRITE_ATTEMPTS; attempt++) {
            Optional<Stored> stored = read(account);
            if (stored.isEmpty()) {
                cache.put(account, Optional.empty());
                return new CredentialUpdate.Missing();
            }
            if (!stored.get().credentials().refreshToken().equals(expected.refreshToken())) {
                cache.put(account, stored);
                return new CredentialUpdate.Superseded(stored.get().credentials());
            }
            String json = NodeTokenRecord.merge(stored.get().json(), updated);
            Long written = compareAndSet.run(commands(), redis, new String[] {keys.tokens(uuid),
                            keys.refreshIndex(CredentialFile.refreshIndexHash(expected.refreshToken())),
                            keys.refreshIndex(CredentialFile.refreshIndexHash(updated.refreshToken()))},
                    stored.get().json(), json, uuid);
            if (written != null && written == 1L) {
                cache.put(account, Optional.of(new Stored(json, updated)));
                return new CredentialUpdate.Stored();
            }
        }
        Optional<Stored> now = read(account);
        cache.put(account, now);
        return now.<CredentialUpdate>map(stored -> new CredentialUpdate.Superseded(stored.credentials()))
                .orElseGet(CredentialUpdate.Missing::new);
    }

    private Optional<Stored> read(AccountId account) {
        String json = redis.await("GET tokens", commands().get(keys.tokens(account.value())));
        return parse(account, json);
    }

    private static Optional<Stored> parse(AccountId account, String json) {
        if (json == null) {
            return Optional.empty();
        }
        Optional<KiroCredentials> credentials = NodeTokenRecord.read(json);
        if (credentials.isEmpty()) {
            LOG.warn("the token record of {} is unusable (not JSON, or no refresh token); the account cannot be used", account);
        }
        return credentials.map(value -> new Stored(json, value));
    }

    /** Writes back what was refreshed while Redis was away; a newer refresh stored by someone else wins. */
    private void writeDeferred() {
        for (Map.Entry<AccountId, Deferred> entry : deferred.entrySet()) {
            AccountId account = entry.getKey();
            Deferred kept = entry.getValue();
            try {
                CredentialUpdate outcome = write(account, kept.expected(), kept.updated());
                deferred.remove(account, kept);
                switch (outcome) {
                    case CredentialUpdate.Stored stored -> LOG.info("wrote back the tokens of {} refreshed while Redis was away", account);
                    case CredentialUpdate.Superseded superseded ->
                            LOG.warn("tokens of {} refreshed while Redis was away were superseded by newer ones; using those", account);
                    case CredentialUpdate.Missing missing -> LOG.info("account {} was removed while Redis was away", account);
                    case CredentialUpdate.Deferred again -> LOG.debug("still deferred: {}", account);
                }
            } catch (RedisUnreachableException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("writing back the tokens of {} broke", account, e);
                return;
            }
        }
    }

    @Override
    public void close() {
        writer.shutdownNow();
    }

    private final class RecordLoader implements CacheLoader<AccountId, Optional<Stored>> {

        @Override
        public Optional<Stored> load(AccountId account) {
            return read(account);
        }

        @Override
        public CompletableFuture<Optional<Stored>> asyncReload(AccountId account, Optional<Stored> previous, Executor executor) {
            RedisAsyncCommands<String, String> commands;
            try {
                commands = commands();
            } catch (RedisUnreachableException notConnected) {
                return CompletableFuture.completedFuture(previous);
            }
            return commands.get(keys.tokens(account.value())).toCompletableFuture()
                    .orTimeout(redis.commandTimeout().toNanos(), TimeUnit.NANOSECONDS)
                    .handle((json, failure) -> {
                        if (failure != null) {
                            redis.unreachable("GET tokens", failure);
                            return previous;
                        }
                        redis.succeeded();
                        return parse(account, json);
                    });
        }
    }

    private RedisAsyncCommands<String, String> commands() {
        return connector.commands(redis);
    }

}
