package dev.switchyard.testkit.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code java -jar switchyard.jar} as a child process, configured only through the environment
 * variables of the product contract: what an operator runs, used by the dev launcher and black-box tests.
 */
public final class SwitchyardProcess implements AutoCloseable {

    private final Process process;
    private final URI baseUri;

    private SwitchyardProcess(Process process, URI baseUri) {
        this.process = process;
        this.baseUri = baseUri;
    }

    /** Starts the JAR with this JVM's {@code java}; {@code environment} is added to this process's own. */
    public static SwitchyardProcess start(Path jar, Map<String, String> environment, ProcessBuilder.Redirect output) {
        ProcessBuilder builder = new ProcessBuilder(command(jar))
                .redirectOutput(output)
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        String port = builder.environment().getOrDefault("PORT", "8080");
        try {
            return new SwitchyardProcess(builder.start(), URI.create("http://127.0.0.1:" + port));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + jar, e);
        }
    }

    static List<String> command(Path jar) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-jar", jar.toAbsolutePath().toString()));
        return command;
    }

    public URI baseUri() {
        return baseUri;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Polls {@code /v1/status/readyz} until it answers 200; false if the process died or time ran out. */
    public boolean awaitReady(Duration within) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest readyz = HttpRequest.newBuilder(baseUri.resolve("/v1/status/readyz"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        long deadline = System.nanoTime() + within.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            try {
                if (client.send(readyz, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notListeningYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        return false;
    }

    /** SIGTERM, then up to {@code grace} for a graceful exit, then SIGKILL. Returns the exit code. */
    public int stop(Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return process.waitFor();
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return -1;
        }
    }

    /** Waits for the process to end on its own. */
    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop(Duration.ofSeconds(45));
        }
    }
}
