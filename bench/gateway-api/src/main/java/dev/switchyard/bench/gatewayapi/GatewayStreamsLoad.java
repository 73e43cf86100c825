package dev.switchyard.bench.gatewayapi;

import dev.switchyard.gateway.testkit.KiroSimulator;
import dev.switchyard.testkit.servers.FreePort;
import dev.switchyard.testkit.servers.NginxServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gateway ({@link GatewayProcess}) against the Kiro simulator, in four steps: JIT warm-up; at low
 * load, time to first content straight from the simulator, through a plain nginx hop and through the
 * gateway; short streams per second; then N concurrent SSE streams held open, and while they are:
 * time to first content through the gateway vs straight from the simulator, heap and platform threads.
 * No PostgreSQL or Kafka is on the request path; with {@code pool=redis} the account comes from a real
 * Redis through the production pool adapters (and the probes' Redis round trips are reported), with
 * {@code pool=bench} from {@link BenchAccounts}.
 *
 * <p>Arguments: {@code <switchyard.jar> <bench classes dir> <streams> <hold seconds> <probes> [bench|redis]}.
 */
public final class GatewayStreamsLoad {

    private static final int OPENING_AT_ONCE = 200;
    private static final int WARM_UP_ROUND = 500;
    private static final int SETTLED_COMPILES = 20;
    private static final int WARM_UP_ROUNDS_MAX = 20;
    private static final int SHORT_STREAM_CALLERS = 32;
    private static final Duration SHORT_STREAMS_FOR = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger peakOpen = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> holdTtfb = new ConcurrentLinkedQueue<>();

    private String simulatorUrl;
    private GatewayProcess gateway;
    private Probes probes;
    private SharedRedisPool sharedPool;

    public static void main(String[] args) throws Exception {
        if (args.length != 5 && !(args.length == 6 && List.of("bench", "redis").contains(args[5]))) {
            throw new IllegalArgumentException("usage: <switchyard.jar> <bench classes> <streams> <hold seconds> <probes> [bench|redis]");
        }
        boolean redisPool = args.length == 6 && args[5].equals("redis");
        new GatewayStreamsLoad().run(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]), Integer.parseInt(args[4]), redisPool);
    }

    private void run(Path jar, Path benchClasses, int streams, int holdSeconds, int probeCount, boolean redisPool)
            throws Exception {
        try (KiroSimulator simulator = KiroSimulator.start().withoutRecording();
                SharedRedisPool pool = redisPool ? SharedRedisPool.start(Files.createTempDirectory("bench-redis-")) : null;
                GatewayProcess started = GatewayProcess.start(jar, benchClasses, FreePort.next(), simulator.url(), pool, http)) {
            simulatorUrl = simulator.url();
            sharedPool = pool;
            gateway = started;
            probes = new Probes(http, gateway.url());
            report("gateway pid %d, log %s, simulator %s", gateway.pid(), gateway.log(), simulatorUrl);
            warmUp();
            GatewayProcess.Snapshot idle = gateway.snapshot();
            report("idle: heap used %.0f MiB, live heap after GC %.0f MiB, platform threads %d, RSS %.0f MiB",
                    idle.heapMiB(), idle.liveHeapMiB(), idle.threads(), idle.rssMiB());
            lowLoad(probeCount);
            shortStreams();
            hold(streams, holdSeconds, probeCount);
        } finally {
            http.close();
        }
    }

    /**
     * Until the JIT has settled in the gateway (a round of {@value #WARM_UP_ROUND} calls each way compiles
     * fewer than {@value #SETTLED_COMPILES} more methods), or {@value #WARM_UP_ROUNDS_MAX} rounds: latency
     * measured while C2 still compiles the request path measures the compiler.
     */
    private void warmUp() throws Exception {
        long before = gateway.compiledMethods();
        int rounds = 0;
        long added;
        do {
            for (int i = 0; i < WARM_UP_ROUND; i++) {
                probes.viaGateway("warm-up " + i);
                probes.kiro(simulatorUrl, "warm-up " + i);
            }
            rounds++;
            long now = gateway.compiledMethods();
            added = now - before;
            before = now;
        } while (added >= SETTLED_COMPILES && rounds < WARM_UP_ROUNDS_MAX);
        report("warm-up: %d calls each way, the last %d compiled %d more methods in the gateway", rounds * WARM_UP_ROUND,
                WARM_UP_ROUND, added);
    }

    // --- low load: the gateway vs a plain proxy hop -------------------------------------------------

    private void lowLoad(int probeCount) throws Exception {
        try (NginxServer nginx = PlainProxyHop.startInFrontOf(URI.create(simulatorUrl).getPort())) {
            String viaNginx = nginx == null ? null : nginx.baseUrl() + URI.create(simulatorUrl).getPath();
            List<Long> direct = new ArrayList<>();
            List<Long> hop = new ArrayList<>();
            List<Long> viaGateway = new ArrayList<>();
            for (int i = 0; i < probeCount; i++) {
                direct.add(probes.kiro(simulatorUrl, "low " + i));
                if (viaNginx != null) {
                    hop.add(probes.kiro(viaNginx, "low " + i));
                }
                viaGateway.add(probes.viaGateway("low " + i));
            }
            report("low load, time to first content over %d probes: direct p50 %.2f ms p99 %.2f ms; via gateway p50 %.2f ms "
                    + "p99 %.2f ms", probeCount, Probes.pct(direct, 50), Probes.pct(direct, 99), Probes.pct(viaGateway, 50),
                    Probes.pct(viaGateway, 99));
            if (viaNginx == null) {
                report("low load: nginx is not installed, no plain proxy hop to compare with");
                return;
            }
            report("low load, plain nginx hop p50 %.2f ms p99 %.2f ms; the gateway is p50 %+.2f ms, p99 %+.2f ms from it",
                    Probes.pct(hop, 50), Probes.pct(hop, 99), Probes.pct(viaGateway, 50) - Probes.pct(hop, 50),
                    Probes.pct(viaGateway, 99) - Probes.pct(hop, 99));
        }
    }

    private void shortStreams() throws InterruptedException {
        ShortStreams.Result result = ShortStreams.run(probes, SHORT_STREAM_CALLERS, SHORT_STREAMS_FOR);
        report("short streams: %d callers for %d s, %.0f streams/s completed (%d), failed %d%s", SHORT_STREAM_CALLERS,
                SHORT_STREAMS_FOR.toSeconds(), result.perSecond(), result.completed(), result.failed(),
                result.firstFailures().isEmpty() ? "" : "; first failures: " + result.firstFailures());
    }

    // --- the held streams ---------------------------------------------------------------------------

    private void hold(int streams, int holdSeconds, int probeCount) throws Exception {
        String prompt = "[sim chunks=" + (holdSeconds + 1) + " interval=1000]";
        Semaphore opening = new Semaphore(OPENING_AT_ONCE);
        CountDownLatch started = new CountDownLatch(streams);
        CountDownLatch finished = new CountDownLatch(streams);
        long rampStart = System.nanoTime();
        for (int i = 0; i < streams; i++) {
            opening.acquire();
            Thread.ofVirtual().start(() -> heldStream(prompt, opening, started, finished));
        }
        started.await(120, TimeUnit.SECONDS);
        report("opened %d streams in %.1f s; open now %d (failed %d)", streams - started.getCount(),
                (System.nanoTime() - rampStart) / 1e9, open.get(), failed.get());
        GatewayProcess.Snapshot loaded = gateway.snapshot();
        List<Long> viaGateway = new ArrayList<>();
        List<Long> direct = new ArrayList<>();
        RedisTraffic redisBefore = sharedPool == null ? null : gateway.redisTraffic();
        for (int i = 0; i < probeCount; i++) {
            viaGateway.add(probes.viaGateway("probe " + i));
            direct.add(probes.kiro(simulatorUrl, "probe " + i));
        }
        if (redisBefore != null) {
            RedisTraffic window = gateway.redisTraffic().minus(redisBefore);
            report("Redis while probing: %d round trips for %d requests (%.3f per request; everything the gateway sent in the "
                    + "window, background reloads and write-backs included): %s; p50 <= %.2f ms, p99 <= %.2f ms "
                    + "(upper bounds of Lettuce's histogram buckets)", window.total(), probeCount,
                    window.total() / (double) probeCount, window.countByCommand(), window.percentileAtMostMs(50),
                    window.percentileAtMostMs(99));
        }
        int openDuringProbes = open.get();
        report("while %d streams were open: gateway heap used %.0f MiB, live heap after GC %.0f MiB, platform threads %d, RSS %.0f MiB",
                openDuringProbes, loaded.heapMiB(), loaded.liveHeapMiB(), loaded.threads(), loaded.rssMiB());
        report("time to first content over %d probes: direct p50 %.2f ms p99 %.2f ms; via gateway p50 %.2f ms p99 %.2f ms; "
                        + "added p50 %.2f ms p99 %.2f ms", probeCount, Probes.pct(direct, 50), Probes.pct(direct, 99),
                Probes.pct(viaGateway, 50), Probes.pct(viaGateway, 99), Probes.pct(viaGateway, 50) - Probes.pct(direct, 50),
                Probes.pct(viaGateway, 99) - Probes.pct(direct, 99));
        List<Long> held = new ArrayList<>(holdTtfb);
        report("held streams' own time to first content (opened %d at a time): p50 %.2f ms p99 %.2f ms", OPENING_AT_ONCE,
                Probes.pct(held, 50), Probes.pct(held, 99));
        finished.await(holdSeconds + 120L, TimeUnit.SECONDS);
        report("held streams: peak open %d, completed %d, failed %d of %d%s", peakOpen.get(), completed.get(), failed.get(),
                streams, failures.isEmpty() ? "" : "; first failures: " + failures.stream().limit(3).toList());
    }

    private void heldStream(String prompt, Semaphore opening, CountDownLatch started, CountDownLatch finished) {
        boolean released = false;
        boolean counted = false;
        try {
            long sent = System.nanoTime();
            HttpResponse<InputStream> response = http.send(probes.messages(prompt), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                fail("status " + response.statusCode() + ": " + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
                return;
            }
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (!counted && line.equals("event: content_block_delta")) {
                        holdTtfb.add(System.nanoTime() - sent);
                        counted = true;
                        peakOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
                        opening.release();
                        released = true;
                        started.countDown();
                    } else if (line.equals("event: message_stop")) {
                        completed.incrementAndGet();
                        return;
                    } else if (line.equals("event: error")) {
                        fail("error event: " + lines.readLine());
                        return;
                    }
                }
                fail("the stream ended without message_stop");
            }
        } catch (IOException | InterruptedException e) {
            fail(e.toString());
        } finally {
            if (counted) {
                open.decrementAndGet();
            } else {
                started.countDown();
            }
            if (!released) {
                opening.release();
            }
            finished.countDown();
        }
    }

    private void fail(String why) {
        failed.incrementAndGet();
        if (failures.size() < 10) {
            failures.add(why);
        }
    }

    private static void report(String format, Object... args) {
        System.err.println(String.format(Locale.ROOT, format, args));
    }
}
