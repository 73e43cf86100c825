package dev.switchyard.gateway.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchyard.gateway.application.port.out.AccountPool;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.testkit.AccountFixtures;
import dev.switchyard.gateway.testkit.KiroAuthSimulator;
import dev.switchyard.gateway.testkit.NodePoolFixtures;
import dev.switchyard.testkit.servers.RealServers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The admin API of the account pool over HTTP, on real Redis and the Kiro auth simulator. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayAccountsAdminIT {

    private static final String ADMIN_KEY = "admin-key-for-tests";
    private static final ObjectMapper JSON = new ObjectMapper();

    private KiroAuthSimulator auth;
    private GatewayRedisSeed redis;
    private EmbeddedServer app;
    private HttpClient client;

    @BeforeAll
    void start() {
        auth = KiroAuthSimulator.start();
        redis = new GatewayRedisSeed(RealServers.redis().uri());
        Map<String, Object> properties = new HashMap<>(RealServers.all());
        // Kafka listeners of other features would otherwise hold every close for the 30 s grace period.
        properties.put("micronaut.lifecycle.graceful-shutdown.enabled", false);
        properties.put("micronaut.server.port", -1);
        properties.put("admin.api-key", ADMIN_KEY);
        properties.put("gateway.redis.key-prefix", redis.prefix);
        properties.put("gateway.token-refresh.social-url", auth.socialUrl());
        properties.put("gateway.token-refresh.idc-url", auth.idcUrl());
        app = ApplicationContext.run(EmbeddedServer.class, properties);
        client = HttpClient.create(app.getURL());
    }

    @AfterAll
    void stop() {
        client.close();
        app.close();
        redis.close();
        auth.close();
    }

    @Test
    void an_imported_credential_file_lands_in_redis_in_the_node_format_and_is_listed_without_secrets() {
        String id = UUID.randomUUID().toString();
        KiroCredentials credentials = AccountFixtures.idc("imp-" + id, Instant.parse("2026-12-01T10:00:00Z"));

        Answer created = send(HttpRequest.POST("/admin/gateway/accounts?id=" + id + "&name=Team%20A",
                NodePoolFixtures.tokensJson(credentials)));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("id").asText()).isEqualTo(id);
        assertThat(created.body().path("name").asText()).isEqualTo("Team A");
        assertThat(created.body().path("status").asText()).isEqualTo("healthy");
        assertThat(created.body().path("credentials").path("authMethod").asText()).isEqualTo("IdC");
        assertThat(created.raw()).doesNotContain(credentials.refreshToken()).doesNotContain(credentials.accessToken())
                .doesNotContain(credentials.clientSecret().orElseThrow());
        assertThat(redis.node(id).path("uuid").asText()).isEqualTo(id);
        assertThat(redis.node(id).path("customName").asText()).isEqualTo("Team A");
        assertThat(redis.node(id).path("isHealthy").asBoolean()).isTrue();
        assertThat(redis.tokens(id).path("refreshToken").asText()).isEqualTo(credentials.refreshToken());
        assertThat(redis.tokens(id).path("expiresAt").asText()).isEqualTo("2026-12-01T10:00:00.000Z");

        Answer listed = send(HttpRequest.GET("/admin/gateway/accounts"));
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().findValuesAsText("id")).contains(id);
        assertThat(listed.raw()).doesNotContain(credentials.refreshToken());

        Answer again = send(HttpRequest.POST("/admin/gateway/accounts?id=" + id, NodePoolFixtures.tokensJson(credentials)));
        assertThat(again.status()).isEqualTo(200);
        Answer elsewhere = send(HttpRequest.POST("/admin/gateway/accounts", NodePoolFixtures.tokensJson(credentials)));
        assertThat(elsewhere.status()).isEqualTo(409);
        assertThat(elsewhere.body().path("error").path("message").asText()).startsWith("refreshToken:").contains(id);
    }

    @Test
    void bad_input_is_a_400_naming_the_field() {
        assertInvalid("{\"accessToken\":\"a\"}", "refreshToken");
        assertInvalid("not json", "body");
        assertInvalid("[1,2]", "body");
        assertInvalid("{\"refreshToken\":\"aor...\"}", "refreshToken");
        assertInvalid("{\"refreshToken\":\"r\",\"authMethod\":\"IdC\",\"clientId\":\"c\"}", "clientSecret");
        assertInvalid("{\"refreshToken\":\"r\",\"region\":\"../../evil\"}", "region");
        assertInvalid("{\"refreshToken\":\"r\",\"expiresAt\":\"tomorrow\"}", "expiresAt");
        Answer longId = send(HttpRequest.POST("/admin/gateway/accounts?id=" + "x".repeat(200), "{\"refreshToken\":\"r\"}"));
        assertThat(longId.status()).isEqualTo(400);
        assertThat(longId.body().path("error").path("message").asText()).startsWith("id:");
    }

    @Test
    void a_disabled_account_leaves_the_rotation_until_enabled() {
        String id = UUID.randomUUID().toString();
        redis.seed(AccountFixtures.account(id), AccountFixtures.social(id, Instant.now().plus(Duration.ofHours(1))));
        AccountPool pool = app.getApplicationContext().getBean(AccountPool.class);

        Answer disabled = send(HttpRequest.POST("/admin/gateway/accounts/" + id + "/disable", ""));

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.body().path("status").asText()).isEqualTo("disabled");
        assertThat(redis.node(id).path("isDisabled").asBoolean()).isTrue();
        assertThat(selectable(pool, id)).isFalse();

        Answer enabled = send(HttpRequest.POST("/admin/gateway/accounts/" + id + "/enable", ""));
        assertThat(enabled.body().path("status").asText()).isEqualTo("healthy");
        assertThat(selectable(pool, id)).isTrue();
        assertThat(send(HttpRequest.POST("/admin/gateway/accounts/no-such-account/disable", "")).status()).isEqualTo(404);
    }

    @Test
    void a_forced_refresh_rotates_the_tokens_and_a_rejected_refresh_token_marks_the_account_for_a_new_login() {
        String id = UUID.randomUUID().toString();
        KiroCredentials credentials = AccountFixtures.social(id, Instant.now().plus(Duration.ofHours(1)));
        redis.seed(AccountFixtures.account(id), credentials);
        auth.accept(credentials);

        Answer refreshed = send(HttpRequest.POST("/admin/gateway/accounts/" + id + "/refresh", ""));

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(Instant.parse(refreshed.body().path("expiresAt").asText())).isAfter(Instant.now().plus(Duration.ofMinutes(55)));
        assertThat(redis.tokens(id).path("refreshToken").asText()).startsWith("sim-refresh-");

        auth.rejectingEverything(true);
        try {
            Answer rejected = send(HttpRequest.POST("/admin/gateway/accounts/" + id + "/refresh", ""));
            assertThat(rejected.status()).isEqualTo(409);
            assertThat(rejected.body().path("error").path("type").asText()).isEqualTo("reauthentication_required");
        } finally {
            auth.rejectingEverything(false);
        }
        JsonNode listed = send(HttpRequest.GET("/admin/gateway/accounts")).body();
        assertThat(listed.findParents("id").stream().filter(account -> account.path("id").asText().equals(id)))
                .singleElement().satisfies(account -> assertThat(account.path("status").asText())
                        .isEqualTo("needs_reauthentication"));
        assertThat(send(HttpRequest.POST("/admin/gateway/accounts/no-such-account/refresh", "")).status()).isEqualTo(404);
    }

    @Test
    void the_admin_guard_protects_the_accounts() {
        try {
            client.toBlocking().exchange(HttpRequest.GET("/admin/gateway/accounts"), String.class);
            throw new AssertionError("expected 401");
        } catch (HttpClientResponseException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(401);
        }
    }

    private static boolean selectable(AccountPool pool, String id) {
        for (int i = 0; i < 50; i++) {
            if (pool.next(Set.of()).filter(account -> account.id().equals(AccountId.of(id))).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private void assertInvalid(String body, String field) {
        Answer answer = send(HttpRequest.POST("/admin/gateway/accounts", body));
        assertThat(answer.status()).as(body).isEqualTo(400);
        assertThat(answer.body().path("error").path("type").asText()).isEqualTo("invalid_request_error");
        assertThat(answer.body().path("error").path("message").asText()).as(body).startsWith(field + ":");
    }

    private record Answer(int status, String raw, JsonNode body) {
    }

    private Answer send(MutableHttpRequest<?> request) {
        request.bearerAuth(ADMIN_KEY).contentType(MediaType.APPLICATION_JSON_TYPE);
        try {
            HttpResponse<String> response = client.toBlocking().exchange(request, String.class);
            return answer(response.code(), response.getBody().orElse(""));
        } catch (HttpClientResponseException e) {
            return answer(e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(""));
        }
    }

    private static Answer answer(int status, String raw) {
        try {
            return new Answer(status, raw, raw.isEmpty() ? JSON.missingNode() : JSON.readTree(raw));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
