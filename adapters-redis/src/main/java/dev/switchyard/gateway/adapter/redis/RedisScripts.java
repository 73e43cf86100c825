package dev.switchyard.gateway.adapter.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** A Lua script from this package's resources, run by its SHA ({@code EVALSHA}), sent in full once Redis lacks it. */
final class RedisScripts {

    private final String name;
    private final String source;
    private final String sha;
    private final ScriptOutputType output;

    private RedisScripts(String name, String source, String sha, ScriptOutputType output) {
        this.name = name;
        this.source = source;
        this.sha = sha;
        this.output = output;
    }

    static RedisScripts load(String name, ScriptOutputType output) {
        try (InputStream in = RedisScripts.class.getResourceAsStream(name)) {
            Objects.requireNonNull(in, "missing Lua script " + name);
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new RedisScripts(name, source, sha1(source), output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lua script " + name, e);
        }
    }

    /** The script's SHA-1 in hex, the name {@code EVALSHA} knows it by. */
    private static String sha1(String source) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    <T> T run(RedisAsyncCommands<String, String> commands, RedisAvailability redis, String[] keys, String... args) {
        try {
            return redis.await(name, commands.<T>evalsha(sha, output, keys, args));
        } catch (RedisNoScriptException notLoadedYet) {
            return redis.await(name, commands.<T>eval(source, output, keys, args));
        }
    }
}
