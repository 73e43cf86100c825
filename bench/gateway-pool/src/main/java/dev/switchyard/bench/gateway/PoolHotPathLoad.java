package dev.switchyard.bench.gateway;

import dev.switchyard.gateway.adapter.redis.RedisAccountPool;
import dev.switchyard.gateway.adapter.redis.RedisAvailability;
import dev.switchyard.gateway.adapter.redis.RedisConnector;
import dev.switchyard.gateway.adapter.redis.RedisCredentialStore;
import dev.switchyard.gateway.adapter.redis.RedisKeys;
import dev.switchyard.gateway.adapter.redis.RedisRefreshLock;
import dev.switchyard.gateway.application.port.in.ObtainCredentialsCommand;
import dev.switchyard.gateway.application.port.in.ObtainCredentialsResult;
import dev.switchyard.gateway.application.service.ObtainCredentialsService;
import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.CooldownPolicy;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.PoolOutagePolicy;
import dev.switchyard.gateway.domain.TokenRefreshPolicy;
import dev.switchyard.gateway.domain.UpstreamFailure;
import dev.switchyard.gateway.testkit.AccountFixtures;
import dev.switchyard.gateway.testkit.NodePoolFixtures;
import dev.switchyard.gateway.testkit.ScriptedTokenRefresher;
import dev.switchyard.testkit.servers.RedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.resource.ClientResources;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on the account pool's hot path, as the Messages API runs it per request: select an account
 * ({@code AccountPool.next}), obtain its credentials ({@code ObtainCredentialsUseCase}), record the
 * outcome ({@code recordSuccess}, and every {@code failureEvery}th request a 5xx {@code recordFailure}),
 * from {@code bench.callers} concurrent virtual threads against a real Redis with the production
 * adapters. Reports per-request latency percentiles and the Redis commands the server processed
 * per request (from {@code INFO commandstats}, so background reloads and write-backs count too).
 *
 * <p>Two runs: saturation (every caller loops without pause: the throughput ceiling, where latency is
 * mostly queueing for the 2 CPUs) and paced (each caller waits {@code bench.thinkMillis} between
 * requests, standing in for the upstream call a real request makes between selection and outcome).
 * Properties: {@code bench.callers} (1000), {@code bench.requests} per caller (200),
 * {@code bench.accounts} (50), {@code bench.failureEvery} (2000), {@code bench.thinkMillis} (100), {@code bench.dir}.
 */
public final class PoolHotPathLoad {

    private static final PrintStream OUT = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
            StandardCharsets.UTF_8);

    private PoolHotPathLoad() {
    }

    private record Run(long[] hotPath, long[] selection, long requests, long noAccount, long wallNanos) {
    }

    public static void main(String[] args) throws Exception {
        int callers = Integer.getInteger("bench.callers", 1000);
        int requests = Integer.getInteger("bench.requests", 200);
        int accounts = Integer.getInteger("bench.accounts", 50);
        int failureEvery = Integer.getInteger("bench.failureEvery", 2000);
        Duration think = Duration.ofMillis(Integer.getInteger("bench.thinkMillis", 100));
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench-servers"));
        Clock clock = Clock.systemUTC();
        try (RedisServer redis = RedisServer.start(dir)) {
            RedisURI uri = RedisURI.create(redis.uri());
            uri.setTimeout(Duration.ofSeconds(2));
            RoundTrips roundTrips = new RoundTrips();
            ClientResources resources = ClientResources.builder().commandLatencyRecorder(roundTrips).build();
            RedisClient client = RedisClient.create(resources, uri);
            StatefulRedisConnection<String, String> connection = client.connect();
            StatefulRedisConnection<String, String> admin = client.connect();
            RedisKeys keys = new RedisKeys("bench:");
            seed(admin.sync(), keys, accounts);

            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            RedisAvailability availability = new RedisAvailability(Duration.ofMillis(500), meters);
            RedisConnector connector = RedisConnector.of(connection);
            RedisAccountPool pool = new RedisAccountPool(connector, keys, availability, new RedisAccountPool.Settings(
                    CooldownPolicy.DEFAULTS, PoolOutagePolicy.DEFAULTS, Duration.ofSeconds(5), Duration.ofMillis(250)),
                    clock, meters);
            RedisCredentialStore store = new RedisCredentialStore(connector, keys, availability, Duration.ofSeconds(5),
                    Duration.ofMillis(250), meters);
            ScriptedTokenRefresher refresher = new ScriptedTokenRefresher();
            ObtainCredentialsService obtain = new ObtainCredentialsService(store,
                    new RedisRefreshLock(connector, keys, availability, Duration.ofSeconds(30), clock), refresher, pool,
                    TokenRefreshPolicy.DEFAULTS, Duration.ofSeconds(20), Executors.newVirtualThreadPerTaskExecutor(), clock);

            OUT.printf("gateway pool hot path: %d callers (virtual threads) x %d requests, %d accounts, Java %s, %d CPUs%n",
                    callers, requests, accounts, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            run(pool, obtain, 200, 200, failureEvery, Duration.ZERO);
            for (Duration pause : List.of(Duration.ZERO, think)) {
                pool.flush();
                admin.sync().configResetstat();
                roundTrips.start();
                Run run = run(pool, obtain, callers, requests, failureEvery, pause);
                pool.flush();
                roundTrips.stop();
                Map<String, Long> commands = commandCounts(admin.sync().info("commandstats"));
                report(pause.isZero() ? "saturation, no pause" : "paced, 0-" + pause.multipliedBy(2).toMillis()
                        + " ms (uniform) between requests", run, roundTrips, commands, refresher.calls());
            }
            pool.close();
            store.close();
            connection.close();
            admin.close();
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            resources.shutdown();
        }
    }

    private static void seed(RedisCommands<String, String> redis, RedisKeys keys, int accounts) {
        Instant expires = Instant.now().plus(Duration.ofHours(2));
        for (int i = 0; i < accounts; i++) {
            Account account = AccountFixtures.account("bench-" + i);
            KiroCredentials credentials = AccountFixtures.social("bench-" + i, expires);
            redis.hset(keys.pool(), account.id().value(), NodePoolFixtures.nodeJson(account.id().value(), account.name()));
            redis.set(keys.tokens(account.id().value()), NodePoolFixtures.tokensJson(credentials));
        }
    }

    private static Run run(RedisAccountPool pool, ObtainCredentialsService obtain, int callers, int requests,
            int failureEvery, Duration think) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong counter = new AtomicLong();
        AtomicLong noAccount = new AtomicLong();
        List<Future<long[][]>> futures = new ArrayList<>();
        long wall;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < callers; c++) {
                futures.add(threads.submit(() -> {
                    long[] hotPath = new long[requests];
                    long[] selection = new long[requests];
                    go.await();
                    for (int i = 0; i < requests; i++) {
                        if (!think.isZero()) {
                            Thread.sleep(Duration.ofNanos(ThreadLocalRandom.current().nextLong(think.toNanos() * 2)));
                        }
                        long start = System.nanoTime();
                        Optional<Account> account = pool.next(Set.of());
                        long selected = System.nanoTime();
                        if (account.isEmpty()) {
                            noAccount.incrementAndGet();
                        } else {
                            ObtainCredentialsResult result = obtain.obtain(ObtainCredentialsCommand.beforeCall(account.get().id()));
                            if (!(result instanceof ObtainCredentialsResult.Ready)) {
                                throw new IllegalStateException("credentials not ready: " + result);
                            }
                            if (counter.incrementAndGet() % failureEvery == 0) {
                                pool.recordFailure(account.get().id(), UpstreamFailure.SERVER_ERROR, Optional.empty());
                            } else {
                                pool.recordSuccess(account.get().id());
                            }
                        }
                        long end = System.nanoTime();
                        hotPath[i] = end - start;
                        selection[i] = selected - start;
                    }
                    return new long[][] {hotPath, selection};
                }));
            }
            long started = System.nanoTime();
            go.countDown();
            List<long[][]> all = new ArrayList<>();
            for (Future<long[][]> future : futures) {
                all.add(future.get());
            }
            wall = System.nanoTime() - started;
            long[] hotPath = all.stream().flatMapToLong(pair -> Arrays.stream(pair[0])).sorted().toArray();
            long[] selection = all.stream().flatMapToLong(pair -> Arrays.stream(pair[1])).sorted().toArray();
            return new Run(hotPath, selection, (long) callers * requests, noAccount.get(), wall);
        }
    }

    /** {@code cmdstat_incr:calls=200000,usec=…} → {@code incr=200000}, without the benchmark's own INFO and CONFIG. */
    private static Map<String, Long> commandCounts(String info) {
        Map<String, Long> counts = new TreeMap<>();
        for (String line : info.split("\r?\n")) {
            if (line.startsWith("cmdstat_")) {
                String name = line.substring("cmdstat_".length(), line.indexOf(':'));
                String calls = line.substring(line.indexOf("calls=") + "calls=".length());
                counts.put(name, Long.parseLong(calls.substring(0, calls.indexOf(','))));
            }
        }
        counts.computeIfPresent("info", (name, calls) -> calls - 1);
        counts.keySet().removeIf(name -> name.startsWith("config"));
        counts.values().removeIf(calls -> calls == 0);
        return counts;
    }

    private static void report(String mode, Run run, RoundTrips roundTrips, Map<String, Long> serverCommands,
            int refreshes) {
        long[] redis = roundTrips.sortedLatencies();
        OUT.printf(" %s%n", mode);
        OUT.printf("  requests %d in %.2f s = %.0f req/s; no healthy account %d times; token refreshes %d%n",
                run.requests(), run.wallNanos() / 1e9, run.requests() / (run.wallNanos() / 1e9), run.noAccount(), refreshes);
        OUT.printf("  hot path (next + obtain + record)  %s%n", percentiles(run.hotPath()));
        OUT.printf("  selection alone (next)             %s%n", percentiles(run.selection()));
        OUT.printf("  Redis round trip (client-measured) %s%n", percentiles(redis));
        OUT.printf("  Redis round trips: %d = %.4f per request (request path + background reloads and write-backs); by command %s%n",
                roundTrips.total(), (double) roundTrips.total() / run.requests(), roundTrips.byCommand());
        OUT.printf("  Redis server commands (incl. inside Lua): %s%n", serverCommands);
    }

    private static String percentiles(long[] sorted) {
        return "p50 " + millis(sorted, 0.50) + "  p90 " + millis(sorted, 0.90) + "  p99 " + millis(sorted, 0.99)
                + "  p99.9 " + millis(sorted, 0.999) + "  max " + millis(sorted, 1.0);
    }

    private static String millis(long[] sorted, double quantile) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return String.format("%.3f ms", sorted[Math.max(0, index)] / 1e6);
    }
}
