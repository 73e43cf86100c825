package dev.switchyard.gateway.adapter.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    static RedisScripts load(String name, ScriptOutputType output, RedisAsyncCommands<String, String> commands) {
        try (InputStream in = RedisScripts.class.getResourceAsStream(name)) {
            Objects.requireNonNull(in, "missing Lua script " + name);
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new RedisScripts(name, source, commands.digest(source), output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lua script " + name, e);
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
