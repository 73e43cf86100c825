package dev.switchyard.testkit.servers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** A real PostgreSQL 17 (zonky binaries) on a free loopback port, with an empty {@code switchyard} database. */
public final class PostgresServer implements AutoCloseable {

    public static final String DATABASE = "switchyard";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Binaries are unpacked once under {@code workDir/pg-bin}; the data directory is fresh and removed on close. */
    public static PostgresServer start(Path workDir) {
        try {
            Files.createDirectories(workDir);
            Path binaries = Files.createDirectories(workDir.resolve("pg-bin"));
            Path data = Files.createTempDirectory(workDir, "pg-data-");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setDataDirectory(data.toFile())
                    .setCleanDataDirectory(true)
                    .setRegisterShutdownHook(true)
                    .setPort(FreePort.next())
                    .setServerConfig("max_connections", "300")
                    .start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
            return new PostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL started but refused CREATE DATABASE", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    /** What a Micronaut context needs to use this server as its default datasource. */
    public Map<String, String> micronautProperties() {
        return Map.of(
                "datasources.default.url", jdbcUrl(),
                "datasources.default.username", username(),
                "datasources.default.password", password());
    }

    /** The same, in the environment variables of the product contract. */
    public Map<String, String> environment() {
        return Map.of("DATABASE_URL", jdbcUrl(), "DATABASE_USER", username(), "DATABASE_PASSWORD", password());
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
