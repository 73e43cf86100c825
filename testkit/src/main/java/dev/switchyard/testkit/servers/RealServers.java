package dev.switchyard.testkit.servers;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * One PostgreSQL, one Redis and one Kafka per JVM, each started on first use on free ports and
 * stopped by a shutdown hook. Their files live under {@code target/embedded-servers} of the module
 * under test (or {@code -Dswitchyard.servers.dir}).
 */
public final class RealServers {

    private static final Path WORK_DIR =
            Path.of(System.getProperty("switchyard.servers.dir", "target/embedded-servers")).toAbsolutePath();

    private static final Lazy<PostgresServer> POSTGRES = new Lazy<>(PostgresServer::start);
    private static final Lazy<RedisServer> REDIS = new Lazy<>(RedisServer::start);
    private static final Lazy<KafkaServer> KAFKA = new Lazy<>(KafkaServer::start);

    private RealServers() {
    }

    public static PostgresServer postgres() {
        return POSTGRES.get();
    }

    public static RedisServer redis() {
        return REDIS.get();
    }

    public static KafkaServer kafka() {
        return KAFKA.get();
    }

    /** Starts whichever of the three is not running yet, in parallel, and returns their Micronaut properties. */
    public static Map<String, String> all() {
        // Platform threads: the starters block in class initialisers (Kafka's JMX, the JDK's logger finder),
        // which pins virtual threads; with 2 cores both carriers pinned deadlocked the third starter.
        try (ExecutorService starters = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().name("server-starter-", 0).factory())) {
            List<Future<?>> starting = List.of(
                    starters.submit(RealServers::postgres),
                    starters.submit(RealServers::redis),
                    starters.submit(RealServers::kafka));
            for (Future<?> server : starting) {
                await(server);
            }
        }
        Map<String, String> properties = new HashMap<>();
        properties.putAll(postgres().micronautProperties());
        properties.putAll(redis().micronautProperties());
        properties.putAll(kafka().micronautProperties());
        return Map.copyOf(properties);
    }

    private static void await(Future<?> server) {
        try {
            server.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("an embedded server did not start", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the embedded servers", e);
        }
    }

    public static Path workDir() {
        return WORK_DIR;
    }

    /** Thread-safe start-once holder that registers the server's close with the JVM's shutdown. */
    private static final class Lazy<T extends AutoCloseable> {

        private final Function<Path, T> starter;
        private volatile T value;

        Lazy(Function<Path, T> starter) {
            this.starter = starter;
        }

        T get() {
            T current = value;
            if (current == null) {
                synchronized (this) {
                    current = value;
                    if (current == null) {
                        current = starter.apply(WORK_DIR);
                        T started = current;
                        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(started)));
                        value = current;
                    }
                }
            }
            return current;
        }

        private static void closeQuietly(AutoCloseable server) {
            try {
                server.close();
            } catch (Exception ignored) {
                // the JVM is exiting; a server that fails to stop leaves nothing we could still clean up
            }
        }
    }
}
