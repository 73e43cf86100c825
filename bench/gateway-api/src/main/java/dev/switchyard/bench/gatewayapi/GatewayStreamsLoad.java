package dev.switchyard.bench.gatewayapi;

import dev.switchyard.gateway.testkit.KiroSimulator;
import dev.switchyard.testkit.servers.FreePort;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * N concurrent SSE streams through the gateway (its JAR in a JVM of its own) against the Kiro
 * simulator, and while they are open: time to first content through the gateway vs straight from the
 * simulator, the gateway's heap and platform threads. One account ({@link BenchAccounts}); no Redis,
 * PostgreSQL or Kafka are involved in the request path.
 *
 * <p>Arguments: {@code <switchyard.jar> <bench classes dir> <streams> <hold seconds> <probes>}.
 */
public final class GatewayStreamsLoad {

    private static final String KEY = "bench-key";
    private static final int OPENING_AT_ONCE = 200;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger peakOpen = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> holdTtfb = new ConcurrentLinkedQueue<>();

    private String app;
    private String simulatorUrl;

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: <switchyard.jar> <bench classes> <streams> <hold seconds> <probes>");
        }
        new GatewayStreamsLoad().run(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]), Integer.parseInt(args[4]));
    }

    private void run(Path jar, Path benchClasses, int streams, int holdSeconds, int probes) throws Exception {
        try (KiroSimulator simulator = KiroSimulator.start().withoutRecording()) {
            simulatorUrl = simulator.url();
            int port = FreePort.next();
            app = "http://127.0.0.1:" + port;
            Path log = Files.createTempFile("switchyard-bench-", ".log");
            Process process = startApp(jar, benchClasses, port, log);
            try {
                awaitReady();
                report("gateway pid %d, log %s, simulator %s", process.pid(), log, simulatorUrl);
                warmUp();
                Snapshot idle = snapshot(process);
                report("idle: heap used %.0f MiB, live heap after GC %.0f MiB, platform threads %d, RSS %.0f MiB",
                        idle.heapMiB(), idle.liveHeapMiB(), idle.threads(), idle.rssMiB());
                hold(streams, holdSeconds, probes, process);
            } finally {
                process.destroy();
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } finally {
            http.close();
        }
    }

    private Process startApp(Path jar, Path benchClasses, int port, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1g", "-Xms1g",
                "-Dflyway.datasources.default.enabled=false", "-Dgateway.bench.accounts=true",
                "-Dlogger.levels.dev.switchyard.access=WARN",
                "-cp", jar + File.pathSeparator + benchClasses, "dev.switchyard.bootstrap.Application");
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("KIRO_API_URL", simulatorUrl);
        builder.environment().put("GATEWAY_API_KEY", KEY);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return builder.start();
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(app + "/v1/status/healthz")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the gateway did not start within 60 s");
    }

    private void warmUp() throws Exception {
        for (int i = 0; i < 300; i++) {
            viaGateway("warm-up " + i);
            direct("warm-up " + i);
        }
    }

    // --- the held streams ---------------------------------------------------------------------------

    private void hold(int streams, int holdSeconds, int probes, Process process) throws Exception {
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
        Snapshot loaded = snapshot(process);
        List<Long> viaGateway = new ArrayList<>();
        List<Long> direct = new ArrayList<>();
        for (int i = 0; i < probes; i++) {
            viaGateway.add(viaGateway("probe " + i));
            direct.add(direct("probe " + i));
        }
        int openDuringProbes = open.get();
        report("while %d streams were open: gateway heap used %.0f MiB, live heap after GC %.0f MiB, platform threads %d, RSS %.0f MiB",
                openDuringProbes, loaded.heapMiB(), loaded.liveHeapMiB(), loaded.threads(), loaded.rssMiB());
        report("time to first content over %d probes: direct p50 %.2f ms p99 %.2f ms; via gateway p50 %.2f ms p99 %.2f ms; "
                        + "added p50 %.2f ms p99 %.2f ms", probes, pct(direct, 50), pct(direct, 99), pct(viaGateway, 50),
                pct(viaGateway, 99), pct(viaGateway, 50) - pct(direct, 50), pct(viaGateway, 99) - pct(direct, 99));
        List<Long> held = new ArrayList<>(holdTtfb);
        report("held streams' own time to first content (opened %d at a time): p50 %.2f ms p99 %.2f ms", OPENING_AT_ONCE,
                pct(held, 50), pct(held, 99));
        finished.await(holdSeconds + 120L, TimeUnit.SECONDS);
        report("held streams: peak open %d, completed %d, failed %d of %d%s", peakOpen.get(), completed.get(), failed.get(),
                streams, failures.isEmpty() ? "" : "; first failures: " + failures.stream().limit(3).toList());
    }

    private void heldStream(String prompt, Semaphore opening, CountDownLatch started, CountDownLatch finished) {
        boolean released = false;
        boolean counted = false;
        try {
            long sent = System.nanoTime();
            HttpResponse<InputStream> response = http.send(messages(prompt, true), HttpResponse.BodyHandlers.ofInputStream());
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

    // --- probes -------------------------------------------------------------------------------------

    /** Nanoseconds until the first text delta of a streamed reply through the gateway. */
    private long viaGateway(String text) throws IOException, InterruptedException {
        long sent = System.nanoTime();
        HttpResponse<InputStream> response = http.send(messages(text, true), HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            long first = -1;
            while ((line = lines.readLine()) != null) {
                if (first < 0 && line.equals("event: content_block_delta")) {
                    first = System.nanoTime() - sent;
                }
            }
            if (first < 0) {
                throw new IllegalStateException("a probe through the gateway got no content (status " + response.statusCode() + ")");
            }
            return first;
        }
    }

    /** Nanoseconds until the first frame of the simulator's answer to the same prompt, called directly. */
    private long direct(String text) throws IOException, InterruptedException {
        String body = "{\"conversationState\":{\"chatTriggerType\":\"MANUAL\",\"currentMessage\":{\"userInputMessage\":"
                + "{\"content\":\"" + text + "\",\"modelId\":\"claude-sonnet-4.5\",\"origin\":\"AI_EDITOR\"}}}}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulatorUrl)).header("Authorization", "Bearer bench-token")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long sent = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (in.read() < 0) {
                throw new IllegalStateException("the simulator sent no frame");
            }
            long first = System.nanoTime() - sent;
            in.readAllBytes();
            return first;
        }
    }

    private HttpRequest messages(String text, boolean stream) {
        String body = "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":256,\"stream\":" + stream
                + ",\"messages\":[{\"role\":\"user\",\"content\":\"" + text + "\"}]}";
        return HttpRequest.newBuilder(URI.create(app + "/v1/messages")).header("x-api-key", KEY)
                .header("content-type", "application/json").timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    // --- the gateway's resources --------------------------------------------------------------------

    private record Snapshot(double heapMiB, double liveHeapMiB, int threads, double rssMiB) {
    }

    private Snapshot snapshot(Process process) throws IOException, InterruptedException {
        double heap = heapUsedMiB();
        int threads = (int) metric("jvm_threads_live_threads", "");
        double rss = rssMiB(process.pid());
        new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
        return new Snapshot(heap, heapUsedMiB(), threads, rss);
    }

    private double heapUsedMiB() throws IOException, InterruptedException {
        return metric("jvm_memory_used_bytes", "area=\"heap\"") / (1024 * 1024);
    }

    /** The sum of a Prometheus metric's series whose labels contain {@code labelFilter}. */
    private double metric(String name, String labelFilter) throws IOException, InterruptedException {
        String text = http.send(HttpRequest.newBuilder(URI.create(app + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith(name) && (line.charAt(name.length()) == '{' || line.charAt(name.length()) == ' ')
                    && line.contains(labelFilter)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private static double rssMiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return -1;
    }

    private static double pct(List<Long> nanos, int percentile) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    private static void report(String format, Object... args) {
        System.err.println(String.format(Locale.ROOT, format, args));
    }
}
