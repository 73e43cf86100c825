package dev.switchyard.gateway.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.core.type.Argument;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The gateway's settings as application.yml resolves them (the environment only: no bean, no server),
 * turned into the wiring's property records.
 */
class GatewayConfigurationTest {

    private static <T> T withEnvironment(Map<String, Object> variables, java.util.function.Function<Environment, T> read) {
        try (ApplicationContext context = ApplicationContext.builder().properties(variables).build()) {
            Environment environment = context.getEnvironment();
            environment.start();
            return read.apply(environment);
        }
    }

    private static String property(Environment environment, String name) {
        return environment.getProperty(name, String.class).orElse("");
    }

    private static Optional<String> clientKey(Map<String, Object> variables) {
        return withEnvironment(variables, environment -> new GatewayApiProperties(property(environment, "gateway.api.api-key"),
                property(environment, "gateway.api.legacy-api-key"), Duration.ofSeconds(30), Duration.ofSeconds(15))
                .configuredKey());
    }

    @Test
    void with_no_key_configured_there_is_no_key_not_even_a_placeholder_leftover() {
        assertThat(clientKey(Map.of())).isEmpty();
    }

    @Test
    void the_gateway_key_wins_and_the_go_port_name_is_an_alias() {
        assertThat(clientKey(Map.of("GATEWAY_API_KEY", "k1", "GO_KIRO_API_KEY", "k2"))).hasValue("k1");
        assertThat(clientKey(Map.of("GO_KIRO_API_KEY", "k2"))).hasValue("k2");
    }

    @Test
    void the_kiro_url_is_kiros_own_unless_kiro_api_url_says_otherwise() {
        assertThat(kiroUrl(Map.of())).isEqualTo("https://q.{region}.amazonaws.com/generateAssistantResponse");
        assertThat(kiroUrl(Map.of("KIRO_API_URL", "http://127.0.0.1:9/{region}/generateAssistantResponse")))
                .isEqualTo("http://127.0.0.1:9/{region}/generateAssistantResponse");
    }

    private static String kiroUrl(Map<String, Object> variables) {
        return withEnvironment(variables, environment -> new GatewayKiroProperties(property(environment, "gateway.kiro.url"),
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), "v", "n", 64, 9216).effectiveUrl());
    }

    @Test
    void refresh_urls_with_a_region_placeholder_survive_the_configuration() {
        GatewayTokenRefreshProperties unset = refresh(Map.of());
        assertThat(unset.endpoints().socialUrl()).isEqualTo("https://prod.{region}.auth.desktop.kiro.dev/refreshToken");
        assertThat(unset.endpoints().idcUrl()).isEqualTo("https://oidc.{region}.amazonaws.com/token");
        assertThat(refresh(Map.of("KIRO_SOCIAL_REFRESH_URL", "http://127.0.0.1:9/{region}/refresh")).endpoints().socialUrl())
                .isEqualTo("http://127.0.0.1:9/{region}/refresh");
    }

    private static GatewayTokenRefreshProperties refresh(Map<String, Object> variables) {
        return withEnvironment(variables, environment -> {
            Duration second = Duration.ofSeconds(1);
            return new GatewayTokenRefreshProperties(Duration.ofMinutes(5), second, second, second, second, second,
                    property(environment, "gateway.token-refresh.social-url"),
                    property(environment, "gateway.token-refresh.idc-url"), second, second);
        });
    }

    @Test
    void the_model_table_comes_from_configuration() {
        var catalog = withEnvironment(Map.of(), environment -> new GatewayCatalogProperties(
                environment.getProperty("gateway.catalog.models", Argument.listOf(String.class)).orElse(List.of()),
                environment.getProperty("gateway.catalog.default-context-window", Integer.class).orElseThrow()).toCatalog());

        assertThat(catalog.kiroModelId("claude-sonnet-4-5")).isEqualTo("claude-sonnet-4.5");
        assertThat(catalog.contextWindow("claude-opus-4-8")).isEqualTo(1_000_000);
        assertThat(catalog.kiroModelId("claude-unknown")).isEqualTo("claude-unknown");
        assertThat(catalog.contextWindow("claude-unknown")).isEqualTo(200_000);
        assertThat(new GatewayCatalogProperties(List.of("claude-x=kiro-x@1234"), 1).toCatalog().contextWindow("claude-x"))
                .isEqualTo(1234);
    }
}
