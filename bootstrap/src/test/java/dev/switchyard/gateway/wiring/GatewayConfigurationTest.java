package dev.switchyard.gateway.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.application.port.in.AuthenticateClientCommand;
import dev.switchyard.gateway.application.port.in.AuthenticateClientResult;
import dev.switchyard.gateway.application.port.in.AuthenticateClientUseCase;
import dev.switchyard.gateway.application.port.in.SendMessageUseCase;
import dev.switchyard.gateway.domain.catalog.ModelCatalog;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The gateway's configuration as application.yml defines it, without any server. */
class GatewayConfigurationTest {

    private static ApplicationContext context(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(Map.of("flyway.datasources.default.enabled", false));
        properties.putAll(extra);
        return ApplicationContext.run(properties);
    }

    private static AuthenticateClientResult present(ApplicationContext context, String key) {
        return context.getBean(AuthenticateClientUseCase.class).authenticate(new AuthenticateClientCommand(Optional.of(key)));
    }

    @Test
    void with_no_key_configured_no_key_is_accepted_not_even_placeholder_leftovers() {
        try (ApplicationContext context = context(Map.of())) {
            for (String guess : new String[] {"}", "${GO_KIRO_API_KEY:}", "", " "}) {
                assertThat(present(context, guess)).as(guess).isInstanceOf(AuthenticateClientResult.Rejected.class);
            }
        }
    }

    @Test
    void the_gateway_key_wins_and_the_go_port_name_is_an_alias() {
        try (ApplicationContext context = context(Map.of("GATEWAY_API_KEY", "k1", "GO_KIRO_API_KEY", "k2"))) {
            assertThat(present(context, "k1")).isEqualTo(AuthenticateClientResult.ACCEPTED);
            assertThat(present(context, "k2")).isInstanceOf(AuthenticateClientResult.Rejected.class);
        }
        try (ApplicationContext context = context(Map.of("GO_KIRO_API_KEY", "k2"))) {
            assertThat(present(context, "k2")).isEqualTo(AuthenticateClientResult.ACCEPTED);
        }
    }

    @Test
    void the_kiro_url_is_kiros_own_unless_kiro_api_url_says_otherwise() {
        try (ApplicationContext context = context(Map.of())) {
            assertThat(context.getBean(GatewayKiroProperties.class).effectiveUrl())
                    .isEqualTo("https://q.{region}.amazonaws.com/generateAssistantResponse");
        }
        try (ApplicationContext context = context(Map.of("KIRO_API_URL", "http://127.0.0.1:9/{region}/generateAssistantResponse"))) {
            assertThat(context.getBean(GatewayKiroProperties.class).effectiveUrl())
                    .isEqualTo("http://127.0.0.1:9/{region}/generateAssistantResponse");
            assertThat(context.getBean(dev.switchyard.gateway.application.port.out.AssistantUpstream.class)).isNotNull();
        }
    }

    @Test
    void the_token_refresh_urls_are_kiros_own_unless_the_environment_says_otherwise() {
        try (ApplicationContext context = context(Map.of())) {
            var endpoints = context.getBean(GatewayTokenRefreshProperties.class).endpoints();
            assertThat(endpoints.socialUrl()).isEqualTo("https://prod.{region}.auth.desktop.kiro.dev/refreshToken");
            assertThat(endpoints.idcUrl()).isEqualTo("https://oidc.{region}.amazonaws.com/token");
        }
        try (ApplicationContext context = context(Map.of(
                "KIRO_SOCIAL_REFRESH_URL", "http://127.0.0.1:9/{region}/refreshToken",
                "KIRO_IDC_REFRESH_URL", "http://127.0.0.1:9/{region}/token"))) {
            var endpoints = context.getBean(GatewayTokenRefreshProperties.class).endpoints();
            assertThat(endpoints.socialUrl()).isEqualTo("http://127.0.0.1:9/{region}/refreshToken");
            assertThat(endpoints.idcUrl()).isEqualTo("http://127.0.0.1:9/{region}/token");
        }
    }

    @Test
    void the_model_table_comes_from_configuration_and_messages_wait_for_the_account_pool() {
        try (ApplicationContext context = context(Map.of("gateway.catalog.models", "claude-x=kiro-x@1234"))) {
            ModelCatalog catalog = context.getBean(ModelCatalog.class);
            assertThat(catalog.kiroModelId("claude-x")).isEqualTo("kiro-x");
            assertThat(catalog.contextWindow("claude-x")).isEqualTo(1234);
            assertThat(catalog.kiroModelId("claude-sonnet-4-5")).isEqualTo("claude-sonnet-4-5");
            // no AccountPool / ObtainCredentialsUseCase bean on this branch yet: the app starts without /v1/messages
            assertThat(context.containsBean(SendMessageUseCase.class))
                    .isEqualTo(context.containsBean(dev.switchyard.gateway.application.port.out.AccountPool.class));
        }
    }
}
