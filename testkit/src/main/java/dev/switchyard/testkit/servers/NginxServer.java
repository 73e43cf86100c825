package dev.switchyard.testkit.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The system nginx running the project's {@code deploy/nginx.conf}, with three local edits only:
 * the Switchyard upstream port, the listen port, and log paths under a scratch directory.
 */
public final class NginxServer implements AutoCloseable {

    private static final String UPSTREAM = "server 127.0.0.1:8080;";
    private static final String LISTEN = "listen 80;";
    private static final String LOG_DIR = "/var/log/nginx/";

    private final Process process;
    private final int port;

    private NginxServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static boolean isInstalled() {
        return executable() != null;
    }

    public static NginxServer start(Path deployConf, int switchyardPort, Path workDir) {
        String nginx = executable();
        if (nginx == null) {
            throw new IllegalStateException("nginx is not installed (apt-get install nginx-light)");
        }
        try {
            Path dir = Files.createTempDirectory(Files.createDirectories(workDir), "nginx-").toAbsolutePath();
            Path logs = Files.createDirectories(dir.resolve("logs"));
            int port = FreePort.next();
            String config = Files.readString(deployConf);
            requirePresent(config, UPSTREAM, deployConf);
            requirePresent(config, LISTEN, deployConf);
            config = config.replace(UPSTREAM, "server 127.0.0.1:" + switchyardPort + ";")
                    .replace(LISTEN, "listen 127.0.0.1:" + port + ";")
                    .replace(LOG_DIR, logs + "/");
            Path conf = dir.resolve("nginx.conf");
            Files.writeString(conf, config);
            Process process = new ProcessBuilder(List.of(nginx, "-p", dir.toString(), "-c", conf.toString(),
                    "-g", "daemon off; pid " + dir.resolve("nginx.pid") + "; error_log " + logs.resolve("main-error.log") + ";"))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout.log").toFile())
                    .start();
            NginxServer server = new NginxServer(process, port);
            server.awaitListening(Duration.ofSeconds(10), dir);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("nginx did not start", e);
        }
    }

    private static void requirePresent(String config, String line, Path file) {
        if (!config.contains(line)) {
            throw new IllegalStateException(file + " no longer contains '" + line + "': update NginxServer");
        }
    }

    private static String executable() {
        for (String candidate : List.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    private void awaitListening(Duration within, Path dir) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited with " + process.exitValue() + "; see " + dir);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
        }
        throw new IllegalStateException("nginx is not listening on " + port + " after " + within + "; see " + dir);
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
