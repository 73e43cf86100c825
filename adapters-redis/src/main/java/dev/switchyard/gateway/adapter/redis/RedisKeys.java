package dev.switchyard.gateway.adapter.redis;

import java.util.Objects;

/**
 * The keys the Node.js service uses for the Kiro pool (kiro-protocol.md §5.6), below a configurable
 * prefix ({@code REDIS_KEY_PREFIX}, default {@code aiclient:}).
 */
public record RedisKeys(String prefix) {

    public static final String PROVIDER_TYPE = "claude-kiro-oauth";

    public RedisKeys {
        Objects.requireNonNull(prefix, "prefix");
    }

    /** Hash: field = account uuid, value = the node's JSON. */
    public String pool() {
        return prefix + "pools:" + PROVIDER_TYPE;
    }

    /** String: the account's credential JSON. */
    public String tokens(String uuid) {
        return prefix + "tokens:" + PROVIDER_TYPE + ":" + uuid;
    }

    /** String, {@code SET NX EX 30}: one token refresh at a time. */
    public String refreshLock(String uuid) {
        return prefix + "token-lock:" + PROVIDER_TYPE + ":" + uuid;
    }

    /** String (integer): the shared round-robin counter. */
    public String roundRobinCounter() {
        return prefix + "kiro:round-robin-counter";
    }

    /** String: the uuid of the account holding the refresh token with this hash. */
    public String refreshIndex(String hash) {
        return prefix + "kiro:refresh-index:" + hash;
    }

    /** String: the Node service's main config JSON (its {@code apiKey} is the shared client key). */
    public String config() {
        return prefix + "config";
    }

    /** Set: provider types that have pools. */
    public String poolTypes() {
        return prefix + "pool-types";
    }
}
