package dev.switchyard.bench.gatewayapi;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * {@code switchyard.jar} in a JVM of its own ({@code -Xmx1g}) with one bench account ({@link BenchAccounts})
 * in front of the Kiro simulator, and what can be read off it: heap, platform threads, RSS, JIT activity.
 */
final class GatewayProcess implements AutoCloseable {

    static final String KEY = "bench-key";

    private final Process process;
    private final String url;
    private final Path log;
    private final HttpClient http;

    private GatewayProcess(Process process, String url, Path log, HttpClient http) {
        this.process = process;
        this.url = url;
        this.log = log;
        this.http = http;
    }

    /**
     * @param sharedPool null: the bench account ({@link BenchAccounts}); otherwise the Redis pool the
     *                   gateway uses through its production adapters
     */
    static GatewayProcess start(Path jar, Path benchClasses, int port, String simulatorUrl, SharedRedisPool sharedPool,
            HttpClient http) throws IOException, InterruptedException {
        Path log = Files.createTempFile("switchyard-bench-", ".log");
        ProcessBuilder builder = new ProcessBuilder(java("java"), "-Xmx1g", "-Xms1g",
                "-Dflyway.datasources.default.enabled=false", "-Dgateway.bench.accounts=" + (sharedPool == null),
                "-Dlogger.levels.dev.switchyard.access=WARN",
                "-cp", jar + File.pathSeparator + benchClasses, "dev.switchyard.bootstrap.Application");
        if (sharedPool != null) {
            builder.environment().putAll(sharedPool.environment());
        }
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("KIRO_API_URL", simulatorUrl);
        builder.environment().put("GATEWAY_API_KEY", KEY);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        GatewayProcess gateway = new GatewayProcess(builder.start(), "http://127.0.0.1:" + port, log, http);
        gateway.awaitReady();
        return gateway;
    }

    String url() {
        return url;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url + "/v1/status/healthz")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("the gateway did not start within 60 s; see " + log);
    }

    record Snapshot(double heapMiB, double liveHeapMiB, int threads, double rssMiB) {
    }

    /** Heap in use, then live heap after a forced GC; platform threads; resident memory. */
    Snapshot snapshot() throws IOException, InterruptedException {
        double heap = heapUsedMiB();
        int threads = (int) metric("jvm_threads_live_threads", "");
        double rss = rssMiB();
        jcmd("GC.run");
        return new Snapshot(heap, heapUsedMiB(), threads, rss);
    }

    /** The JVM's count of JIT compilations so far ({@code sun.ci.totalCompiles}). */
    long compiledMethods() throws IOException, InterruptedException {
        for (String line : jcmd("PerfCounter.print").split("\n")) {
            if (line.startsWith("sun.ci.totalCompiles=")) {
                return Long.parseLong(line.substring(line.indexOf('=') + 1).trim());
            }
        }
        throw new IllegalStateException("jcmd printed no sun.ci.totalCompiles for the gateway");
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(java("jcmd"), Long.toString(process.pid()), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor(30, TimeUnit.SECONDS);
        return output;
    }

    private double heapUsedMiB() throws IOException, InterruptedException {
        return metric("jvm_memory_used_bytes", "area=\"heap\"") / (1024 * 1024);
    }

    RedisTraffic redisTraffic() throws IOException, InterruptedException {
        return RedisTraffic.parse(metricsText());
    }

    private String metricsText() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The sum of a Prometheus metric's series whose labels contain {@code labelFilter}. */
    private double metric(String name, String labelFilter) throws IOException, InterruptedException {
        String text = metricsText();
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith(name) && (line.charAt(name.length()) == '{' || line.charAt(name.length()) == ' ')
                    && line.contains(labelFilter)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private double rssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return -1;
    }

    private static String java(String tool) {
        return Path.of(System.getProperty("java.home"), "bin", tool).toString();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
