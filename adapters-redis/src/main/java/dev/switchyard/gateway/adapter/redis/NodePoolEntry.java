package dev.switchyard.gateway.adapter.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.AccountHealth;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.HealthChange;
import dev.switchyard.gateway.domain.NodeTime;
import dev.switchyard.gateway.domain.PooledAccount;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One node of the Node.js service's pool hash (kiro-protocol.md §5.3, §5.6) as Switchyard reads and
 * writes it. A write-back changes only the fields whose meaning changed and leaves every other
 * field, known or not, exactly as it was (Jackson keeps field order and values).
 */
final class NodePoolEntry {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final String UUID = "uuid";
    private static final String CUSTOM_NAME = "customName";
    private static final String IS_HEALTHY = "isHealthy";
    private static final String IS_DISABLED = "isDisabled";
    private static final String NEEDS_REFRESH = "needsRefresh";
    /** Switchyard's own field: the refresh token was rejected (informative; {@code isHealthy} gates selection). */
    private static final String NEEDS_REAUTHENTICATION = "needsReauthentication";
    private static final String SCHEDULED_RECOVERY_TIME = "scheduledRecoveryTime";
    private static final String ERROR_COUNT = "errorCount";
    private static final String USAGE_COUNT = "usageCount";
    private static final String REFRESH_COUNT = "refreshCount";
    private static final String LAST_USED = "lastUsed";
    private static final String LAST_ERROR_TIME = "lastErrorTime";
    private static final String LAST_ERROR_MESSAGE = "lastErrorMessage";
    /** Epoch milliseconds in the Node service (a number), unlike the other timestamps. */
    private static final String LAST_REFRESH_TIME = "lastRefreshTime";

    private NodePoolEntry() {
    }

    /** The node as an account of the pool; empty when the JSON is not an object. */
    static Optional<PooledAccount> read(String uuid, String json) {
        return object(json).map(node -> new PooledAccount(Account.of(AccountId.of(uuid), text(node, CUSTOM_NAME).orElse(null)),
                health(node)));
    }

    /** {@code json} with {@code changes} applied in order, touching only the fields they change. */
    static String apply(String json, List<HealthChange> changes) {
        ObjectNode node = object(json).orElseThrow(() -> new IllegalStateException("pool node is not a JSON object"));
        AccountHealth before = health(node);
        AccountHealth after = before;
        for (HealthChange change : changes) {
            after = after.apply(change);
        }
        write(node, before, after);
        return node.toString();
    }

    /** A new node, with the fields the Node service gives the nodes it creates. */
    static String create(Account account, Instant addedAt) {
        ObjectNode node = JSON.createObjectNode();
        node.put(UUID, account.id().value());
        node.put(CUSTOM_NAME, account.name());
        node.put("providerType", RedisKeys.PROVIDER_TYPE);
        node.putNull("checkModelName");
        node.put("checkHealth", false);
        node.put(IS_HEALTHY, true);
        node.put(IS_DISABLED, false);
        node.put(NEEDS_REFRESH, false);
        node.put(REFRESH_COUNT, 0);
        node.put(USAGE_COUNT, 0);
        node.put(ERROR_COUNT, 0);
        node.putNull(LAST_USED);
        node.putNull(LAST_ERROR_TIME);
        node.putNull(LAST_ERROR_MESSAGE);
        node.putNull(SCHEDULED_RECOVERY_TIME);
        node.put("addedAt", NodeTime.format(addedAt));
        return node.toString();
    }

    private static AccountHealth health(ObjectNode node) {
        return new AccountHealth(
                node.path(IS_HEALTHY).asBoolean(true),
                node.path(IS_DISABLED).asBoolean(false),
                node.path(NEEDS_REFRESH).asBoolean(false),
                node.path(NEEDS_REAUTHENTICATION).asBoolean(false),
                instant(node, SCHEDULED_RECOVERY_TIME),
                (int) Math.max(0, node.path(ERROR_COUNT).asLong(0)),
                Math.max(0, node.path(USAGE_COUNT).asLong(0)),
                (int) Math.max(0, node.path(REFRESH_COUNT).asLong(0)),
                instant(node, LAST_USED),
                instant(node, LAST_ERROR_TIME),
                text(node, LAST_ERROR_MESSAGE),
                instant(node, LAST_REFRESH_TIME));
    }

    private static void write(ObjectNode node, AccountHealth before, AccountHealth after) {
        if (before.healthy() != after.healthy()) {
            node.put(IS_HEALTHY, after.healthy());
        }
        if (before.disabled() != after.disabled()) {
            node.put(IS_DISABLED, after.disabled());
        }
        if (before.needsRefresh() != after.needsRefresh()) {
            node.put(NEEDS_REFRESH, after.needsRefresh());
        }
        if (before.needsReauthentication() != after.needsReauthentication()) {
            node.put(NEEDS_REAUTHENTICATION, after.needsReauthentication());
        }
        if (before.errorCount() != after.errorCount()) {
            node.put(ERROR_COUNT, after.errorCount());
        }
        if (before.usageCount() != after.usageCount()) {
            node.put(USAGE_COUNT, after.usageCount());
        }
        if (before.refreshCount() != after.refreshCount()) {
            node.put(REFRESH_COUNT, after.refreshCount());
        }
        writeInstant(node, SCHEDULED_RECOVERY_TIME, before.recoversAt(), after.recoversAt());
        writeInstant(node, LAST_USED, before.lastUsed(), after.lastUsed());
        writeInstant(node, LAST_ERROR_TIME, before.lastErrorAt(), after.lastErrorAt());
        if (!before.lastError().equals(after.lastError())) {
            after.lastError().ifPresentOrElse(message -> node.put(LAST_ERROR_MESSAGE, message),
                    () -> node.putNull(LAST_ERROR_MESSAGE));
        }
        if (!before.lastRefreshedAt().equals(after.lastRefreshedAt())) {
            boolean asText = node.path(LAST_REFRESH_TIME).isTextual();
            after.lastRefreshedAt().ifPresentOrElse(
                    at -> {
                        if (asText) {
                            node.put(LAST_REFRESH_TIME, NodeTime.format(at));
                        } else {
                            node.put(LAST_REFRESH_TIME, at.toEpochMilli());
                        }
                    },
                    () -> node.putNull(LAST_REFRESH_TIME));
        }
    }

    private static void writeInstant(ObjectNode node, String field, Optional<Instant> before, Optional<Instant> after) {
        if (!before.equals(after)) {
            after.ifPresentOrElse(at -> node.put(field, NodeTime.format(at)), () -> node.putNull(field));
        }
    }

    private static Optional<Instant> instant(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return NodeTime.parse(value.isNumber() ? value.numberValue() : value.asText());
    }

    private static Optional<String> text(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    static Optional<ObjectNode> object(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            return tree instanceof ObjectNode node ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
