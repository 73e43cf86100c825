package dev.switchyard.gateway.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchyard.gateway.domain.AuthMethod;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.NodeTime;
import java.io.UncheckedIOException;

/**
 * The Redis data of the Node.js service (kiro-protocol.md §5.6), written the way it writes it:
 * compact {@code JSON.stringify} output with its field names, {@code toISOString()} timestamps,
 * and the fields Switchyard does not use (health checks, concurrency limits, selection sequence …)
 * that must survive a write-back untouched.
 */
public final class NodePoolFixtures {

    public static final String PROVIDER = "claude-kiro-oauth";
    private static final ObjectMapper JSON = new ObjectMapper();

    private NodePoolFixtures() {
    }

    public static String poolKey(String prefix) {
        return prefix + "pools:" + PROVIDER;
    }

    public static String tokensKey(String prefix, String uuid) {
        return prefix + "tokens:" + PROVIDER + ":" + uuid;
    }

    public static String lockKey(String prefix, String uuid) {
        return prefix + "token-lock:" + PROVIDER + ":" + uuid;
    }

    public static String roundRobinKey(String prefix) {
        return prefix + "kiro:round-robin-counter";
    }

    public static String refreshIndexKey(String prefix, String hash) {
        return prefix + "kiro:refresh-index:" + hash;
    }

    /** A healthy node that served before, as the Node service leaves it in the pool hash. */
    public static ObjectNode node(String uuid, String customName) {
        return (ObjectNode) parse("""
                {"uuid":"%s","customName":"%s","providerType":"claude-kiro-oauth","checkModelName":null,\
                "checkHealth":false,"isHealthy":true,"isDisabled":false,"needsRefresh":false,"refreshCount":0,\
                "usageCount":42,"errorCount":0,"lastUsed":"2026-11-24T11:58:00.000Z","lastErrorTime":null,\
                "lastErrorMessage":null,"lastHealthCheckTime":"2026-11-24T11:50:00.000Z",\
                "lastHealthCheckModel":"claude-haiku-4-5","scheduledRecoveryTime":null,"concurrencyLimit":0,\
                "queueLimit":0,"notSupportedModels":[],"_lastSelectionSeq":17,\
                "addedAt":"2026-11-01T09:00:00.000Z","lastRefreshTime":1795600000000,\
                "description":"Ünïcode & <html> \\"quoted\\""}""".formatted(uuid, customName));
    }

    public static String nodeJson(String uuid, String customName) {
        return node(uuid, customName).toString();
    }

    /** The token record of {@code credentials}, with the extra fields the Node and Go writers add. */
    public static ObjectNode tokens(KiroCredentials credentials) {
        ObjectNode tokens = JSON.createObjectNode();
        tokens.put("accessToken", credentials.accessToken());
        tokens.put("refreshToken", credentials.refreshToken());
        credentials.profileArn().ifPresent(arn -> tokens.put("profileArn", arn));
        tokens.put("expiresAt", NodeTime.format(credentials.expiresAt()));
        if (credentials.authMethod() == AuthMethod.SOCIAL) {
            tokens.put("authMethod", "social");
            tokens.put("provider", "Google");
        } else {
            tokens.put("authMethod", "builder-id");
            tokens.put("clientId", credentials.clientId().orElseThrow());
            tokens.put("clientSecret", credentials.clientSecret().orElseThrow());
            tokens.put("idcRegion", credentials.idcRegion());
            tokens.put("startUrl", "https://view.awsapps.com/start");
        }
        tokens.put("region", credentials.region());
        tokens.put("tokenType", "Bearer");
        tokens.put("lastRefreshed", "2026-11-24T11:00:00.000Z");
        return tokens;
    }

    public static String tokensJson(KiroCredentials credentials) {
        return tokens(credentials).toString();
    }

    static com.fasterxml.jackson.databind.JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
