package dev.switchyard.testkit.dev;

import dev.switchyard.testkit.servers.KafkaServer;
import dev.switchyard.testkit.servers.PostgresServer;
import dev.switchyard.testkit.servers.RedisServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The README's run command: starts PostgreSQL, Redis and Kafka (unless the environment already
 * names them), then runs {@code switchyard.jar} as a child process with the product contract's
 * environment variables, and stops everything on Ctrl-C. Whatever the environment sets wins.
 */
public final class DevLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(DevLauncher.class);
    private static final Duration READY_WITHIN = Duration.ofSeconds(120);
    static final String DEV_ADMIN_API_KEY = "dev-admin-key";
    static final String DEV_GATEWAY_API_KEY = "dev-gateway-key";

    private final Map<String, String> inherited;
    private final Path workDir;
    private final List<AutoCloseable> started = new ArrayList<>();

    private DevLauncher(Map<String, String> inherited, Path workDir) {
        this.inherited = inherited;
        this.workDir = workDir;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("switchyard.jar", "bootstrap/target/switchyard.jar"));
        Path workDir = Path.of(System.getProperty("switchyard.dev.dir", "bootstrap/target/dev-servers"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -DskipTests package");
        }
        DevLauncher launcher = new DevLauncher(System.getenv(), workDir.toAbsolutePath());
        int exitCode = launcher.run(jar.toAbsolutePath());
        System.exit(exitCode);
    }

    private int run(Path jar) throws InterruptedException {
        long startedAt = System.nanoTime();
        DevEnvironment environment = startMissingServers();
        List<DevSimulator> simulators = startSimulators(environment);
        SwitchyardProcess app = SwitchyardProcess.start(jar, environment.variables(), ProcessBuilder.Redirect.INHERIT);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(app), "dev-launcher-shutdown"));
        stopWhenMavenEnds();
        if (app.awaitReady(READY_WITHIN)) {
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt);
            DevApp ready = new DevApp(app.baseUri(),
                    Optional.of(effective("ADMIN_API_KEY", DEV_ADMIN_API_KEY)).filter(key -> !key.isBlank()));
            simulators.forEach(simulator -> simulator.seed(ready));
            LOG.info("Switchyard is ready on {} ({} ms after launch). Ctrl-C stops it.", app.baseUri(), millis);
            LOG.info("keys: ADMIN_API_KEY={} GATEWAY_API_KEY={}",
                    shown("ADMIN_API_KEY", DEV_ADMIN_API_KEY), shown("GATEWAY_API_KEY", DEV_GATEWAY_API_KEY));
        } else if (app.isAlive()) {
            LOG.warn("Switchyard is running but not ready within {} s: see {}/v1/status/readyz",
                    READY_WITHIN.toSeconds(), app.baseUri());
        }
        return app.waitFor();
    }

    /** Maven forwards no signal to this child: when the run command itself is killed, stop everything too. */
    private static void stopWhenMavenEnds() {
        ProcessHandle.current().parent().ifPresent(maven -> maven.onExit().thenRun(() -> {
            LOG.info("the run command ended; stopping Switchyard and the dev servers");
            System.exit(0);
        }));
    }

    private DevEnvironment startMissingServers() {
        // Platform threads, as in RealServers: starters block in class initialisers, which pins virtual threads.
        try (ExecutorService starters = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().name("dev-server-starter-", 0).factory())) {
            return startMissingServers(starters);
        }
    }

    private DevEnvironment startMissingServers(ExecutorService starters) {
        Future<PostgresServer> postgres = startUnlessSet("DATABASE_URL", starters, PostgresServer::start);
        Future<RedisServer> redis = startUnlessSet("REDIS_URL", starters, RedisServer::start);
        Future<KafkaServer> kafka = startUnlessSet("KAFKA_BOOTSTRAP_SERVERS", starters, KafkaServer::start);
        DevEnvironment environment = new DevEnvironment(inherited);
        environment.defaultTo("PORT", "8080");
        environment.defaultTo("ADMIN_API_KEY", DEV_ADMIN_API_KEY);
        if (!inherited.containsKey("GO_KIRO_API_KEY")) { // the alias would lose to a dev default
            environment.defaultTo("GATEWAY_API_KEY", DEV_GATEWAY_API_KEY);
        }
        if (join(postgres) instanceof PostgresServer server) {
            started.add(server);
            environment.defaultTo(server.environment());
            LOG.info("PostgreSQL {} (user {})", server.jdbcUrl(), server.username());
        }
        if (join(redis) instanceof RedisServer server) {
            started.add(server);
            environment.defaultTo(server.environment());
            LOG.info("Redis {}", server.uri());
        }
        if (join(kafka) instanceof KafkaServer server) {
            started.add(server);
            environment.defaultTo(server.environment());
            LOG.info("Kafka {}", server.bootstrapServers());
        }
        return environment;
    }

    /** Each area's stand-ins for upstreams the environment does not name (ServiceLoader: the launcher knows no feature). */
    private List<DevSimulator> startSimulators(DevEnvironment environment) {
        List<DevSimulator> running = new ArrayList<>();
        for (DevSimulator simulator : ServiceLoader.load(DevSimulator.class)) {
            Map<String, String> variables = simulator.startUnlessConfigured(inherited);
            if (!variables.isEmpty()) {
                started.add(simulator);
                running.add(simulator);
                environment.defaultTo(variables);
            }
        }
        return running;
    }

    /** A dev default may be shown; a key from the user's environment is a secret. */
    private String shown(String variable, String devDefault) {
        return inherited.containsKey(variable) || inherited.containsKey("GO_KIRO_API_KEY") && variable.equals("GATEWAY_API_KEY")
                ? "(from your environment)" : devDefault;
    }

    private String effective(String variable, String devDefault) {
        return inherited.getOrDefault(variable, devDefault);
    }

    private <T> Future<T> startUnlessSet(String variable, ExecutorService starters, Function<Path, T> start) {
        return inherited.containsKey(variable)
                ? CompletableFuture.completedFuture(null)
                : starters.submit(() -> start.apply(workDir));
    }

    private static <T> T join(Future<T> server) {
        try {
            return server.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a dev server did not start", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the dev servers", e);
        }
    }

    private void stop(SwitchyardProcess app) {
        app.close();
        for (AutoCloseable server : started.reversed()) {
            try {
                server.close();
            } catch (Exception e) {
                LOG.warn("a dev server did not stop cleanly: {}", e.toString());
            }
        }
    }
}
