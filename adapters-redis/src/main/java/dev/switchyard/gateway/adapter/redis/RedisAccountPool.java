package dev.switchyard.gateway.adapter.redis;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.switchyard.gateway.application.port.out.AccountPool;
import dev.switchyard.gateway.application.port.out.AccountRegistry;
import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.AccountSelectionPolicy;
import dev.switchyard.gateway.domain.AccountStatus;
import dev.switchyard.gateway.domain.CooldownPolicy;
import dev.switchyard.gateway.domain.CredentialFile;
import dev.switchyard.gateway.domain.HealthChange;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.PoolOutagePolicy;
import dev.switchyard.gateway.domain.PooledAccount;
import dev.switchyard.gateway.domain.UpstreamFailure;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kiro account pool shared with the Node.js service through Redis, byte-compatible with its
 * layout (kiro-protocol.md §5.6): nodes in the hash {@code {prefix}pools:claude-kiro-oauth},
 * round robin on {@code INCR {prefix}kiro:round-robin-counter}.
 *
 * <p>Request path: {@link #next} costs one Redis round trip (the {@code INCR}); the pool itself is
 * read from a local copy (Caffeine, reloaded in the background every {@code cacheTtl}).
 * {@link #recordSuccess} and {@link #recordFailure} cost none: they change the local pool at once
 * and are written back by one writer thread (failures right away, successes batched every
 * {@code writeInterval}), each as a compare-and-set of the node's JSON that changes only the
 * fields concerned.
 *
 * <p>Redis away ({@link PoolOutagePolicy}): selection goes on over the last pool read with a local
 * counter, health changes are kept and written back when Redis answers again; after
 * {@code maxStaleness} without Redis the pool is treated as empty. See {@link RedisAvailability}.
 */
public final class RedisAccountPool implements AccountPool, AccountRegistry, AutoCloseable {

    /** @param cacheTtl how old the local copy of the pool may get before a background reload */
    public record Settings(CooldownPolicy cooldowns, PoolOutagePolicy outage, Duration cacheTtl, Duration writeInterval) {
        public Settings {
            Objects.requireNonNull(cooldowns, "cooldowns");
            Objects.requireNonNull(outage, "outage");
            Objects.requireNonNull(cacheTtl, "cacheTtl");
            Objects.requireNonNull(writeInterval, "writeInterval");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(RedisAccountPool.class);
    private static final String POOL = "pool";
    private static final int WRITE_ATTEMPTS = 5;

    private final RedisConnector connector;
    private final RedisKeys keys;
    private final RedisAvailability redis;
    private final Settings settings;
    private final Clock clock;
    private final AccountSelectionPolicy selection = new AccountSelectionPolicy();
    private final RedisScripts compareAndSet;
    private final RedisScripts registerAccount;
    private final LoadingCache<String, PoolSnapshot> snapshots;
    private final PendingChanges pending;
    private final ScheduledExecutorService writer;
    private final AtomicLong tickets = new AtomicLong();
    private final Set<String> unreadableNodes = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<AccountId, HealthChange.Succeeded> successes = new ConcurrentHashMap<>();
    private volatile SelectionView selectionView;
    private final Counter localSelections;
    private final Counter staleRefusals;

    public RedisAccountPool(RedisConnector connector, RedisKeys keys, RedisAvailability redis,
            Settings settings, Clock clock, MeterRegistry meters) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.redis = Objects.requireNonNull(redis, "redis");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.compareAndSet = RedisScripts.load("hash-compare-and-set.lua", ScriptOutputType.INTEGER);
        this.registerAccount = RedisScripts.load("register-account.lua", ScriptOutputType.MULTI);
        this.pending = new PendingChanges(settings.outage().maxPendingChanges());
        this.snapshots = Caffeine.newBuilder().refreshAfterWrite(settings.cacheTtl()).build(new SnapshotLoader());
        this.localSelections = Counter.builder("switchyard.gateway.pool.local.selections")
                .description("selections made without the shared round-robin counter because Redis was unreachable")
                .register(meters);
        this.staleRefusals = Counter.builder("switchyard.gateway.pool.stale.refusals")
                .description("selections refused because the pool was not read from Redis for longer than the outage policy allows")
                .register(meters);
        Gauge.builder("switchyard.gateway.pool.unwritten.changes", pending, PendingChanges::unwritten)
                .description("health changes recorded here and not yet written to Redis").register(meters);
        Gauge.builder("switchyard.gateway.pool.dropped.changes", pending, PendingChanges::dropped)
                .description("health changes dropped because too many were waiting for Redis").register(meters);
        for (AccountStatus status : AccountStatus.values()) {
            Gauge.builder("switchyard.gateway.pool.accounts", this, pool -> pool.countWith(status))
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .description("accounts of the shared pool by status, as this replica sees them")
                    .register(meters);
        }
        this.writer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("gateway-pool-writer").factory());
        long interval = settings.writeInterval().toNanos();
        writer.scheduleWithFixedDelay(this::writeQuietly, interval, interval, TimeUnit.NANOSECONDS);
        snapshots.refresh(POOL);
    }

    @Override
    public Optional<Account> next(Set<AccountId> alreadyTried) {
        Optional<Map<AccountId, PooledAccount>> pool = servablePool();
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        List<Account> candidates = selection.candidates(pool.get().values(), alreadyTried, clock.instant());
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(selection.pick(candidates, ticket()));
    }

    /** The shared counter's next value; while Redis is away, the local continuation of the last one. */
    private long ticket() {
        if (redis.reachable()) {
            try {
                long shared = redis.await("INCR round-robin counter", commands().incr(keys.roundRobinCounter()));
                tickets.set(shared);
                return shared;
            } catch (RedisUnreachableException fallThrough) {
                // counted below, like every selection made without Redis
            }
        }
        localSelections.increment();
        return tickets.incrementAndGet();
    }

    /**
     * Successes are counted without the pending-changes lock (this is every request's call) and
     * handed to it before the account's next other change and before every write, so order holds.
     */
    @Override
    public void recordSuccess(AccountId account) {
        successes.merge(account, HealthChange.Succeeded.once(clock.instant()), HealthChange.Succeeded::plus);
    }

    @Override
    public void recordFailure(AccountId account, UpstreamFailure failure, Optional<Duration> retryAfter) {
        Instant now = clock.instant();
        settings.cooldowns().cooldownEnd(failure, retryAfter, now).ifPresent(until -> {
            handOverSuccesses(account);
            pending.add(account, new HealthChange.Failed(failure, until, now));
            writeSoon();
        });
    }

    private void handOverSuccesses(AccountId account) {
        HealthChange.Succeeded counted = successes.remove(account);
        if (counted != null) {
            pending.add(account, counted);
        }
    }

    @Override
    public List<PooledAccount> accounts() {
        return List.copyOf(pool().values());
    }

    @Override
    public Optional<PooledAccount> find(AccountId account) {
        return Optional.ofNullable(known(account));
    }

    @Override
    public Optional<PooledAccount> change(AccountId account, HealthChange change) {
        PooledAccount current = known(account);
        if (current == null) {
            return Optional.empty();
        }
        handOverSuccesses(account);
        pending.add(account, change);
        writeSoon();
        return Optional.of(current.apply(change));
    }

    @Override
    public Registration register(Account account, KiroCredentials credentials) {
        String uuid = account.id().value();
        try {
            List<Object> reply = registerAccount.run(commands(), redis,
                    new String[] {keys.pool(), keys.tokens(uuid),
                            keys.refreshIndex(CredentialFile.refreshIndexHash(credentials.refreshToken())), keys.poolTypes()},
                    uuid, NodePoolEntry.create(account, clock.instant()), NodeTokenRecord.create(credentials),
                    RedisKeys.PROVIDER_TYPE);
            String outcome = (String) reply.get(0);
            if (outcome.equals("duplicate")) {
                return new Registration.Duplicate(AccountId.of((String) reply.get(1)));
            }
            reload();
            boolean replaced = outcome.equals("replaced");
            if (replaced) {
                change(account.id(), new HealthChange.Refreshed(clock.instant()));
            }
            return find(account.id())
                    .<Registration>map(added -> new Registration.Registered(added, replaced))
                    .orElseGet(() -> new Registration.Unreachable("the pool could not be read back after the import"));
        } catch (RedisUnreachableException e) {
            return new Registration.Unreachable("Redis is unreachable: " + e.getMessage());
        }
    }

    /** Writes every waiting change now (tests, shutdown); returns when done or after a bounded wait. */
    public void flush() {
        try {
            writer.submit(this::writeQuietly).get(redis.commandTimeout().multipliedBy(20).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("flushing the gateway pool did not finish: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads the pool from Redis now instead of at the next background reload. */
    public void reload() {
        try {
            snapshots.refresh(POOL).get(redis.commandTimeout().multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("reloading the gateway pool did not finish: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The account from the local copy; one not in it may have been added (by the Node service or
     * another replica) since the last reload, so the pool is read again before saying it is unknown.
     */
    private PooledAccount known(AccountId account) {
        PooledAccount current = pool().get(account);
        if (current == null && redis.reachable()) {
            reload();
            current = pool().get(account);
        }
        return current;
    }

    private double countWith(AccountStatus status) {
        Instant now = clock.instant();
        return pool().values().stream().filter(account -> account.health().statusAt(now) == status).count();
    }

    /** The pool with every change recorded here, successes not yet handed over included. */
    private Map<AccountId, PooledAccount> pool() {
        Map<AccountId, PooledAccount> accounts = pending.applyTo(snapshots.get(POOL));
        successes.forEach((account, counted) -> accounts.computeIfPresent(account, (id, member) -> member.apply(counted)));
        return accounts;
    }

    /**
     * The pool round robin selects from, recomputed only when the snapshot or the pending changes
     * changed. Successes not yet handed over are left out: a success never makes a selectable
     * account unselectable or the other way round.
     */
    private Map<AccountId, PooledAccount> selectionView(PoolSnapshot snapshot) {
        long version = pending.version();
        SelectionView current = selectionView;
        if (current != null && current.snapshot() == snapshot && current.version() == version) {
            return current.accounts();
        }
        Map<AccountId, PooledAccount> accounts = Map.copyOf(pending.applyTo(snapshot));
        selectionView = new SelectionView(snapshot, version, accounts);
        return accounts;
    }

    private record SelectionView(PoolSnapshot snapshot, long version, Map<AccountId, PooledAccount> accounts) {
    }

    /** The pool to select from, unless it is older than the outage policy allows. */
    private Optional<Map<AccountId, PooledAccount>> servablePool() {
        PoolSnapshot snapshot = snapshots.get(POOL);
        if (snapshot.readAtNanos().isEmpty()) {
            return Optional.empty();
        }
        Duration staleFor = Duration.ofNanos(System.nanoTime() - snapshot.readAtNanos().getAsLong());
        if (!settings.outage().mayServe(staleFor)) {
            staleRefusals.increment();
            return Optional.empty();
        }
        return Optional.of(selectionView(snapshot));
    }

    private void writeSoon() {
        try {
            writer.execute(this::writeQuietly);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            LOG.debug("gateway pool writer stopped; change kept in memory only");
        }
    }

    /** Runs on the writer thread only, so two writes of the same changes never race. */
    private void writeQuietly() {
        try {
            for (AccountId account : List.copyOf(successes.keySet())) {
                handOverSuccesses(account);
            }
            for (AccountId account : pending.waitingAccounts()) {
                if (!write(account)) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.error("writing gateway pool changes broke", e);
        }
    }

    /** False when Redis is away (the rest waits for the next round). */
    private boolean write(AccountId account) {
        List<HealthChange> batch = pending.takeWaiting(account);
        if (batch.isEmpty()) {
            return true;
        }
        try {
            for (int attempt = 1; attempt <= WRITE_ATTEMPTS; attempt++) {
                String stored = redis.await("HGET pool node", commands().hget(keys.pool(), account.value()));
                if (stored == null) {
                    LOG.info("account {} left the pool; dropping its {} unwritten change(s)", account, batch.size());
                    pending.discard(account);
                    return true;
                }
                String updated = NodePoolEntry.apply(stored, batch);
                Long written = compareAndSet.run(commands(), redis, new String[] {keys.pool()}, account.value(), stored, updated);
                if (written != null && written == 1L) {
                    // Acknowledged now: only a read sent after this instant surely contains the write (a read
                    // timed before it may have reached Redis first, even one timed after the write was built).
                    pending.written(account, System.nanoTime());
                    return true;
                }
            }
            LOG.warn("account {} changed under every write attempt; retrying later", account);
            pending.notWritten(account);
            return true;
        } catch (RedisUnreachableException e) {
            pending.notWritten(account);
            return false;
        } catch (IllegalStateException e) {
            LOG.error("cannot write account {}'s health back ({}); dropping its changes", account, e.getMessage());
            pending.discard(account);
            return true;
        }
    }

    @Override
    public void close() {
        flush();
        writer.shutdownNow();
    }

    /** Reads the pool hash; a failed read keeps the previous pool (or none) and marks Redis unreachable. */
    private final class SnapshotLoader implements CacheLoader<String, PoolSnapshot> {

        @Override
        public PoolSnapshot load(String key) {
            long sentAt = System.nanoTime();
            try {
                return snapshotOf(redis.await("HGETALL pool", commands().hgetall(keys.pool())), sentAt);
            } catch (RedisUnreachableException e) {
                return PoolSnapshot.NEVER_READ;
            }
        }

        @Override
        public CompletableFuture<PoolSnapshot> asyncReload(String key, PoolSnapshot previous, Executor executor) {
            long sentAt = System.nanoTime();
            RedisAsyncCommands<String, String> commands;
            try {
                commands = commands();
            } catch (RedisUnreachableException notConnected) {
                return CompletableFuture.completedFuture(previous);
            }
            return commands.hgetall(keys.pool()).toCompletableFuture()
                    .orTimeout(redis.commandTimeout().toNanos(), TimeUnit.NANOSECONDS)
                    .handle((nodes, failure) -> {
                        if (failure != null) {
                            redis.unreachable("HGETALL pool", failure);
                            return previous;
                        }
                        redis.succeeded();
                        return snapshotOf(nodes, sentAt);
                    });
        }

        private PoolSnapshot snapshotOf(Map<String, String> nodes, long sentAt) {
            Map<AccountId, PooledAccount> accounts = new HashMap<>();
            nodes.forEach((uuid, json) -> {
                Optional<PooledAccount> account = readable(uuid) ? NodePoolEntry.read(uuid, json) : Optional.empty();
                account.ifPresentOrElse(member -> accounts.put(member.id(), member), () -> {
                    if (unreadableNodes.add(uuid)) {
                        LOG.warn("pool node {} is not a JSON object or has an unusable id; it is left out", uuid);
                    }
                });
            });
            pending.containedIn(sentAt);
            return new PoolSnapshot(accounts, sentAt, OptionalLong.of(System.nanoTime()));
        }

        private static boolean readable(String uuid) {
            return !uuid.isBlank() && uuid.length() <= 128;
        }
    }

    private RedisAsyncCommands<String, String> commands() {
        return connector.commands(redis);
    }

}
