package dev.switchyard.gateway.adapter.redis;

import static dev.switchyard.gateway.testkit.AccountFixtures.account;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchyard.gateway.application.port.out.AccountRegistry.Registration;
import dev.switchyard.gateway.application.port.out.CredentialStore.CredentialUpdate;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.CredentialFile;
import dev.switchyard.gateway.domain.HealthChange;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.UpstreamFailure;
import dev.switchyard.gateway.testkit.AccountFixtures;
import dev.switchyard.gateway.testkit.JsonDiff;
import dev.switchyard.gateway.testkit.NodePoolFixtures;
import dev.switchyard.testkit.servers.RealServers;
import dev.switchyard.testkit.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance (issue 4): accounts written exactly as the Node.js service writes them (kiro-protocol.md
 * §5.6) are read, selected round robin through the shared counter, and written back in the same
 * format: each write changes only the fields it means to, and leaves the rest byte for byte.
 */
class RedisNodeFormatIT {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static GatewayRedis redis;

    private final ManualClock clock = new ManualClock(NOW);
    private final RedisKeys keys = GatewayRedis.freshKeys();
    private final List<AutoCloseable> opened = new ArrayList<>();

    @BeforeAll
    static void connect() {
        redis = new GatewayRedis(RealServers.redis().uri());
    }

    @AfterAll
    static void disconnect() {
        redis.close();
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    /** A pool whose writer only writes when flushed, so a test decides when Redis changes. */
    private RedisAccountPool pool() {
        RedisAccountPool pool = redis.pool(keys, clock, Duration.ofSeconds(5), Duration.ofHours(1), redis.availability());
        opened.add(pool);
        return pool;
    }

    private void seedNode(String uuid, ObjectNode node) {
        redis.sync().hset(keys.pool(), uuid, node.toString());
    }

    private String node(String uuid) {
        return redis.sync().hget(keys.pool(), uuid);
    }

    @Test
    void reads_the_node_services_pool_and_selects_round_robin_over_the_healthy_nodes_only() {
        for (String uuid : List.of("a", "b", "c")) {
            seedNode(uuid, NodePoolFixtures.node(uuid, "Kiro " + uuid));
        }
        seedNode("disabled", NodePoolFixtures.node("disabled", "off").put("isDisabled", true));
        seedNode("cooling", NodePoolFixtures.node("cooling", "429").put("isHealthy", false)
                .put("scheduledRecoveryTime", "2026-11-24T12:00:30.000Z"));
        seedNode("recovered", NodePoolFixtures.node("recovered", "ok again").put("isHealthy", false)
                .put("scheduledRecoveryTime", "2026-11-24T11:59:00.000Z"));
        seedNode("broken", NodePoolFixtures.node("broken", "10 errors").put("isHealthy", false).put("errorCount", 10));
        seedNode("refreshing", NodePoolFixtures.node("refreshing", "401").put("needsRefresh", true));
        redis.sync().hset(keys.pool(), "garbage", "{not json");
        redis.sync().set(keys.roundRobinCounter(), "41");
        RedisAccountPool pool = pool();

        List<String> picks = IntStream.range(0, 8).mapToObj(i -> pool.next(Set.of()).orElseThrow().id().value()).toList();

        assertThat(picks).as("tickets 42..49 over [a, b, c, recovered]").containsExactly("c", "recovered", "a", "b", "c", "recovered", "a", "b");
        assertThat(redis.sync().get(keys.roundRobinCounter())).isEqualTo("49");
        assertThat(pool.find(AccountId.of("a")).orElseThrow().account().name()).isEqualTo("Kiro a");
        assertThat(pool.find(AccountId.of("a")).orElseThrow().health().usageCount()).isEqualTo(42);
        assertThat(pool.accounts()).hasSize(8);
    }

    @Test
    void a_rate_limit_changes_only_the_health_fields() {
        seedNode("a", NodePoolFixtures.node("a", "Kiro a"));
        String before = node("a");
        RedisAccountPool pool = pool();

        pool.recordFailure(AccountId.of("a"), UpstreamFailure.RATE_LIMITED, Optional.empty());
        pool.flush();

        String after = node("a");
        Set<String> changed = Set.of("isHealthy", "errorCount", "lastErrorTime", "lastErrorMessage", "scheduledRecoveryTime");
        assertThat(JsonDiff.changedFields(before, after)).isEqualTo(changed);
        assertThat(JsonDiff.without(after, changed)).as("every other byte as the Node service wrote it")
                .isEqualTo(JsonDiff.without(before, changed));
        assertThat(JsonDiff.field(after, "isHealthy").asBoolean()).isFalse();
        assertThat(JsonDiff.field(after, "errorCount").asInt()).isEqualTo(1);
        assertThat(JsonDiff.field(after, "lastErrorTime").asText()).isEqualTo("2026-11-24T12:00:00.000Z");
        assertThat(JsonDiff.field(after, "scheduledRecoveryTime").asText()).isEqualTo("2026-11-24T12:01:00.000Z");
        assertThat(JsonDiff.field(after, "lastErrorMessage").asText()).contains("RATE_LIMITED");
    }

    @Test
    void successes_change_only_the_usage_fields() {
        seedNode("a", NodePoolFixtures.node("a", "Kiro a"));
        String before = node("a");
        RedisAccountPool pool = pool();

        pool.recordSuccess(AccountId.of("a"));
        pool.recordSuccess(AccountId.of("a"));
        clock.advance(Duration.ofSeconds(3));
        pool.recordSuccess(AccountId.of("a"));
        pool.flush();

        String after = node("a");
        assertThat(JsonDiff.changedFields(before, after)).containsExactlyInAnyOrder("usageCount", "lastUsed");
        assertThat(JsonDiff.field(after, "usageCount").asLong()).isEqualTo(45);
        assertThat(JsonDiff.field(after, "lastUsed").asText()).isEqualTo("2026-11-24T12:00:03.000Z");
    }

    @Test
    void a_success_after_the_cooldown_heals_the_node_as_the_node_service_does() {
        seedNode("a", NodePoolFixtures.node("a", "Kiro a").put("isHealthy", false).put("errorCount", 2)
                .put("lastErrorTime", "2026-11-24T11:59:00.000Z").put("lastErrorMessage", "429")
                .put("scheduledRecoveryTime", "2026-11-24T11:59:30.000Z"));
        String before = node("a");
        RedisAccountPool pool = pool();

        pool.recordSuccess(pool.next(Set.of()).orElseThrow().id());
        pool.flush();

        assertThat(JsonDiff.changedFields(before, node("a")))
                .containsExactlyInAnyOrder("isHealthy", "errorCount", "scheduledRecoveryTime", "usageCount", "lastUsed");
        assertThat(JsonDiff.field(node("a"), "scheduledRecoveryTime").isNull()).isTrue();
    }

    @Test
    void operator_and_refresh_changes_touch_their_own_fields() {
        seedNode("a", NodePoolFixtures.node("a", "Kiro a"));
        String before = node("a");
        RedisAccountPool pool = pool();

        pool.change(AccountId.of("a"), new HealthChange.Disabled(NOW));
        pool.flush();
        assertThat(JsonDiff.changedFields(before, node("a"))).containsExactly("isDisabled");

        String disabled = node("a");
        pool.change(AccountId.of("a"), new HealthChange.Refreshed(NOW));
        pool.flush();
        assertThat(JsonDiff.changedFields(disabled, node("a"))).containsExactly("lastRefreshTime");
        assertThat(JsonDiff.field(node("a"), "lastRefreshTime").asLong()).as("epoch ms, as Node writes it").isEqualTo(NOW.toEpochMilli());

        String refreshed = node("a");
        pool.change(AccountId.of("a"), new HealthChange.ReauthenticationRequired("invalid_grant", NOW));
        pool.flush();
        assertThat(JsonDiff.changedFields(refreshed, node("a")))
                .containsExactlyInAnyOrder("isHealthy", "errorCount", "lastErrorTime", "lastErrorMessage", "needsReauthentication");
    }

    @Test
    void a_change_the_node_service_made_meanwhile_is_kept() {
        seedNode("a", NodePoolFixtures.node("a", "Kiro a"));
        RedisAccountPool pool = pool();
        pool.recordSuccess(AccountId.of("a"));

        seedNode("a", NodePoolFixtures.node("a", "Kiro a").put("lastHealthCheckTime", "2026-11-24T12:00:01.000Z").put("usageCount", 50));
        pool.flush();

        assertThat(JsonDiff.field(node("a"), "lastHealthCheckTime").asText()).isEqualTo("2026-11-24T12:00:01.000Z");
        assertThat(JsonDiff.field(node("a"), "usageCount").asLong()).isEqualTo(51);
    }

    @Test
    void a_token_refresh_changes_only_the_token_fields_and_keeps_an_epoch_ms_expiry_a_number() {
        KiroCredentials stored = AccountFixtures.idc("a", NOW);
        ObjectNode record = NodePoolFixtures.tokens(stored).put("expiresAt", NOW.toEpochMilli());
        redis.sync().set(keys.tokens("a"), record.toString());
        redis.sync().set(keys.refreshIndex(CredentialFile.refreshIndexHash(stored.refreshToken())), "a");
        RedisCredentialStore store = redis.credentials(keys, Duration.ofSeconds(5));
        opened.add(store);
        KiroCredentials refreshed = stored.refreshed("aoa-new", Optional.of("aor-new"), NOW.plus(Duration.ofHours(1)), Optional.empty());

        assertThat(store.replace(AccountId.of("a"), stored, refreshed)).isEqualTo(new CredentialUpdate.Stored());

        String after = redis.sync().get(keys.tokens("a"));
        Set<String> changed = Set.of("accessToken", "refreshToken", "expiresAt");
        assertThat(JsonDiff.changedFields(record.toString(), after)).isEqualTo(changed);
        assertThat(JsonDiff.without(after, changed)).isEqualTo(JsonDiff.without(record.toString(), changed));
        assertThat(JsonDiff.field(after, "expiresAt").asLong()).isEqualTo(NOW.plus(Duration.ofHours(1)).toEpochMilli());
        assertThat(redis.sync().get(keys.refreshIndex(CredentialFile.refreshIndexHash("aor-new")))).isEqualTo("a");
        assertThat(redis.sync().exists(keys.refreshIndex(CredentialFile.refreshIndexHash(stored.refreshToken())))).isZero();
    }

    @Test
    void an_import_writes_the_node_services_node_token_record_and_indexes() {
        RedisAccountPool pool = pool();
        KiroCredentials credentials = AccountFixtures.social("n", NOW.plusSeconds(3600));

        Registration registration = pool.register(account("n"), credentials);

        assertThat(registration).isInstanceOf(Registration.Registered.class);
        String node = node("n");
        assertThat(JsonDiff.field(node, "uuid").asText()).isEqualTo("n");
        assertThat(JsonDiff.field(node, "customName").asText()).isEqualTo("Kiro n");
        assertThat(JsonDiff.field(node, "isHealthy").asBoolean()).isTrue();
        assertThat(JsonDiff.field(node, "isDisabled").asBoolean()).isFalse();
        assertThat(JsonDiff.field(node, "usageCount").asLong()).isZero();
        assertThat(JsonDiff.field(node, "addedAt").asText()).isEqualTo("2026-11-24T12:00:00.000Z");
        String tokens = redis.sync().get(keys.tokens("n"));
        assertThat(JsonDiff.field(tokens, "refreshToken").asText()).isEqualTo("aor-refresh-n");
        assertThat(JsonDiff.field(tokens, "expiresAt").asText()).isEqualTo("2026-11-24T13:00:00.000Z");
        assertThat(JsonDiff.field(tokens, "authMethod").asText()).isEqualTo("social");
        assertThat(redis.sync().get(keys.refreshIndex(CredentialFile.refreshIndexHash("aor-refresh-n")))).isEqualTo("n");
        assertThat(redis.sync().smembers(keys.poolTypes())).containsExactly("claude-kiro-oauth");
    }

    @Test
    void a_cooldown_recorded_by_one_replica_reaches_a_running_other_within_its_cache_ttl() {
        for (String uuid : List.of("a", "b")) {
            seedNode(uuid, NodePoolFixtures.node(uuid, uuid));
        }
        RedisAccountPool first = redis.pool(keys, clock, Duration.ofMillis(200));
        RedisAccountPool second = redis.pool(keys, clock, Duration.ofMillis(200));
        opened.add(first);
        opened.add(second);
        assertThat(second.next(Set.of())).isPresent();

        first.recordFailure(AccountId.of("a"), UpstreamFailure.ACCOUNT_BLOCKED, Optional.empty());

        dev.switchyard.testkit.await.Poll.untilAsserted(Duration.ofSeconds(5), () -> assertThat(
                IntStream.range(0, 4).mapToObj(i -> second.next(Set.of()).orElseThrow().id().value()).toList()).containsOnly("b"));
    }
}
