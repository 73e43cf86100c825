package dev.switchyard.testkit.servers;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import redis.embedded.core.ExecutableProvider;

/**
 * A real Redis on a free loopback port: the system {@code redis-server} when it is on the PATH,
 * otherwise the binary bundled with embedded-redis (6.2). No persistence. It can be stopped and
 * started again on the same port, to test what happens while Redis is away.
 */
public final class RedisServer implements AutoCloseable {

    private final redis.embedded.RedisServer server;
    private final int port;
    private final Path dumpFile;

    private RedisServer(redis.embedded.RedisServer server, int port, Path dumpFile) {
        this.server = server;
        this.port = port;
        this.dumpFile = dumpFile;
    }

    private static String dumpFile(int port) {
        return "dump-" + port + ".rdb";
    }

    public static RedisServer start(Path workDir) {
        try {
            Path dir = Files.createDirectories(workDir.resolve("redis"));
            int port = FreePort.next();
            redis.embedded.RedisServer server = redis.embedded.RedisServer.newRedisServer()
                    .executableProvider(executable(dir))
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .setting("dir " + dir.toAbsolutePath())
                    // Nothing is saved unless a test asks (SAVE before pause() keeps the data across resume());
                    // the file is per server so servers sharing the directory never load each other's data.
                    .setting("dbfilename " + dumpFile(port))
                    .build();
            RedisServer redis = new RedisServer(server, port, dir.resolve(dumpFile(port)));
            redis.resume();
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException("embedded Redis did not start", e);
        }
    }

    private static ExecutableProvider executable(Path dir) {
        try {
            return ExecutableProvider.newExecutableInPath("redis-server");
        } catch (FileNotFoundException notInstalled) {
            return ExecutableProvider.newJarResourceProvider(dir.toFile());
        }
    }

    public int port() {
        return port;
    }

    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    public boolean isRunning() {
        return server.isActive();
    }

    /** Stops the server process; its port stays reserved for {@link #resume()}. */
    public void pause() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded Redis did not stop", e);
        }
    }

    /** Starts the server again on the same port: empty, or with what a {@code SAVE} sent before {@link #pause()} wrote. */
    public void resume() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded Redis did not start on port " + port, e);
        }
    }

    public Map<String, String> micronautProperties() {
        return Map.of("redis.uri", uri());
    }

    public Map<String, String> environment() {
        return Map.of("REDIS_URL", uri());
    }

    @Override
    public void close() {
        if (server.isActive()) {
            pause();
        }
        try {
            Files.deleteIfExists(dumpFile);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dumpFile, e);
        }
    }
}
