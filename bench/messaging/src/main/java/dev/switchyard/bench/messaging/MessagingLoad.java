package dev.switchyard.bench.messaging;

import dev.switchyard.testkit.dev.SwitchyardProcess;
import dev.switchyard.testkit.servers.FreePort;
import dev.switchyard.testkit.servers.KafkaServer;
import dev.switchyard.testkit.servers.PostgresServer;
import dev.switchyard.testkit.servers.RedisServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Area C on this machine, black-box through the JAR and the product's environment variables:
 * <ol>
 * <li>accepted requests/s: an API instance ({@code QUEUE_BACKEND=kafka}, {@code WORKER_ENABLED=false}) under
 * {@code wrk} posting distinct SMS to {@code /api/v1/messages/sms} over {@code bench.connections} keep-alive
 * connections for {@code bench.seconds} (after a {@code bench.warmupSeconds} warm-up); each 202 was acknowledged
 * by the broker, and the records added to the topic are counted to prove it;</li>
 * <li>persisted messages/s: a worker instance ({@code WORKER_ENABLED=true}, default {@code WORKER_CONCURRENCY})
 * started on the filled topic; PostgreSQL is polled from its launch, and the rate is the rows counted from the
 * first row seen to the last.</li>
 * </ol>
 * {@code -Dbench.accessLog=false} runs the JAR with its per-request access line off.
 * Embedded PostgreSQL, Redis and Kafka run in this JVM, so the load generator, the broker, the database and
 * the app all share the machine's cores.
 */
public final class MessagingLoad {

    private static final PrintStream OUT = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
            StandardCharsets.UTF_8);
    private static final String TOPIC = "switchyard.messaging.outbound.v1";

    private MessagingLoad() {
    }

    record WrkResult(double requestsPerSecond, long requests, long non2xx, String latency) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench-servers")).toAbsolutePath();
        Path jar = Path.of(System.getProperty("bench.jar", "bootstrap/target/switchyard.jar"));
        int connections = Integer.getInteger("bench.connections", 256);
        int seconds = Integer.getInteger("bench.seconds", 20);
        int warmup = Integer.getInteger("bench.warmupSeconds", 30);
        Files.createDirectories(dir);
        OUT.printf("cores=%d jar=%s connections=%d seconds=%d warmup=%d accessLog=%s%n",
                Runtime.getRuntime().availableProcessors(), jar, connections, seconds, warmup,
                System.getProperty("bench.accessLog", "true"));
        try (PostgresServer postgres = PostgresServer.start(dir); RedisServer redis = RedisServer.start(dir);
                KafkaServer kafka = KafkaServer.start(dir)) {
            Map<String, String> environment = new HashMap<>();
            environment.putAll(postgres.environment());
            environment.putAll(redis.environment());
            environment.putAll(kafka.environment());
            environment.put("QUEUE_BACKEND", "kafka");
            if (!Boolean.parseBoolean(System.getProperty("bench.accessLog", "true"))) {
                // the README's documented switch for the one access line per request
                environment.put("LOGGER_LEVELS_DEV_SWITCHYARD_ACCESS", "OFF");
            }

            Path script = dir.resolve("post-sms.lua");
            Files.writeString(script, LUA);
            long records;
            try (SwitchyardProcess api = start(jar, environment, "false", dir.resolve("api.log"))) {
                String url = api.baseUri().resolve("/api/v1/messages/sms").toString();
                WrkResult warm = wrk(script, url, connections, warmup, "warmup");
                OUT.printf("warm-up: %.0f req/s (%d requests, %d not 202)%n", warm.requestsPerSecond(), warm.requests(), warm.non2xx());
                long before = topicRecords(kafka);
                Duration appCpuBefore = cpu(appProcess());
                Duration benchCpuBefore = cpu(ProcessHandle.current());
                WrkResult run = wrk(script, url, connections, seconds, "run");
                Duration appCpu = cpu(appProcess()).minus(appCpuBefore);
                Duration benchCpu = cpu(ProcessHandle.current()).minus(benchCpuBefore);
                records = topicRecords(kafka);
                OUT.printf("load average during the run: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
                OUT.printf("ACCEPTED: %.0f requests/s into Kafka (202 after broker ack), %d requests in %d s, %d not 202, "
                        + "latency %s; records added to the topic: %d%n",
                        run.requestsPerSecond(), run.requests(), seconds, run.non2xx(), run.latency(), records - before);
                // CPU time per request does not depend on what else the machine runs: the ceiling if the app had every core
                double appMicros = appCpu.toNanos() / 1e3 / run.requests();
                double brokerMicros = benchCpu.toNanos() / 1e3 / run.requests();
                OUT.printf("CPU per accepted request: app %.0f us, broker+databases (bench JVM) %.0f us; app alone on %d cores "
                        + "would take %.0f requests/s, app+broker %.0f requests/s%n", appMicros, brokerMicros,
                        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors() * 1e6 / appMicros,
                        Runtime.getRuntime().availableProcessors() * 1e6 / (appMicros + brokerMicros));
            }

            try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
                    SwitchyardProcess worker = launch(jar, environment, "true", dir.resolve("worker.log"))) {
                long firstCount = -1;
                long firstAt = 0;
                long count = 0;
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
                while (count < records && System.nanoTime() < deadline) {
                    count = rows(db);
                    if (firstCount < 0 && count > 0) {
                        firstCount = count;
                        firstAt = System.nanoTime();
                    }
                    LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
                }
                double elapsed = (System.nanoTime() - firstAt) / 1e9;
                OUT.printf("load average during the run: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
                OUT.printf("PERSISTED: %.0f messages/s into PostgreSQL (%d rows in %.2f s after the first; %d rows for %d "
                        + "topic records)%n", (count - firstCount) / elapsed, count - firstCount, elapsed, count, records);
            }
        }
    }

    private static ProcessHandle appProcess() {
        return ProcessHandle.current().descendants()
                .filter(process -> process.info().arguments().map(List::of).orElse(List.of()).stream()
                        .anyMatch(argument -> argument.endsWith("switchyard.jar")))
                .findFirst().orElseThrow(() -> new IllegalStateException("the API process is not running"));
    }

    /** User + system CPU time of a process. */
    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("no CPU time for " + process.pid()));
    }

    private static SwitchyardProcess launch(Path jar, Map<String, String> base, String worker, Path log) {
        Map<String, String> environment = new HashMap<>(base);
        environment.put("WORKER_ENABLED", worker);
        environment.put("PORT", Integer.toString(FreePort.next()));
        return SwitchyardProcess.start(jar, environment, ProcessBuilder.Redirect.to(log.toFile()));
    }

    private static SwitchyardProcess start(Path jar, Map<String, String> base, String worker, Path log) {
        SwitchyardProcess process = launch(jar, base, worker, log);
        if (!process.awaitReady(Duration.ofMinutes(2))) {
            process.close();
            throw new IllegalStateException("the JAR did not get ready; see " + log);
        }
        return process;
    }

    private static WrkResult wrk(Path script, String url, int connections, int seconds, String label)
            throws IOException, InterruptedException {
        List<String> command = List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
                "-s", script.toString(), url, "--", label);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        return new WrkResult(
                Double.parseDouble(find(output, "Requests/sec:\\s+([0-9.]+)", "0")),
                Long.parseLong(find(output, "([0-9]+) requests in", "0")),
                Long.parseLong(find(output, "Non-2xx or 3xx responses:\\s+([0-9]+)", "0")),
                "p50 " + find(output, "(?m)^\\s+50%\\s+(\\S+)", "?") + ", p99 " + find(output, "(?m)^\\s+99%\\s+(\\S+)", "?"));
    }

    private static String find(String text, String regex, String otherwise) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? matcher.group(1) : otherwise;
    }

    private static long topicRecords(KafkaServer kafka) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(TOPIC)).allTopicNames().get(10, TimeUnit.SECONDS).get(TOPIC).partitions()
                    .forEach(partition -> latest.put(new TopicPartition(TOPIC, partition.partition()), OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).values().stream().mapToLong(info -> info.offset()).sum();
        }
    }

    private static long rows(Connection db) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery("SELECT count(*) FROM messaging_message")) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Distinct SMS bodies per run, thread and request, so every request is a new message (derived keys differ). */
    private static final String LUA = """
            wrk.method = "POST"
            wrk.headers["Content-Type"] = "application/json"
            local threads = 0
            function setup(thread)
              thread:set("tid", threads)
              threads = threads + 1
            end
            function init(args)
              label = args[1] or "run"
              counter = 0
            end
            function request()
              counter = counter + 1
              local body = '{"customer_id":"bench-' .. (counter % 100) .. '","to":"+14155552671","body":"bench ' .. label
                .. ' ' .. tid .. ' ' .. counter .. '"}'
              return wrk.format(nil, nil, nil, body)
            end
            """;
}
