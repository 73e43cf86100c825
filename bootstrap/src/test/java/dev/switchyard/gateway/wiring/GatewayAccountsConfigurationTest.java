package dev.switchyard.gateway.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.adapter.http.upstream.KiroAuthEndpoints;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The account pool's configuration as application.yml defines it: the environment only, no beans, no servers. */
class GatewayAccountsConfigurationTest {

    private static Optional<String> property(Map<String, Object> properties, String name) {
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).build()) {
            Environment environment = context.getEnvironment().start();
            return environment.getProperty(name, String.class);
        }
    }

    private static GatewayTokenRefreshProperties refresh(String socialUrl, String idcUrl) {
        return new GatewayTokenRefreshProperties(Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofSeconds(30),
                Duration.ofSeconds(30), Duration.ofSeconds(20), Duration.ofSeconds(30), socialUrl, idcUrl,
                Duration.ofSeconds(5), Duration.ofSeconds(15));
    }

    @Test
    void unset_refresh_url_variables_leave_the_properties_empty_not_mangled() {
        assertThat(property(Map.of(), "gateway.token-refresh.social-url")).hasValue("");
        assertThat(property(Map.of(), "gateway.token-refresh.idc-url")).hasValue("");
        assertThat(property(Map.of("KIRO_SOCIAL_REFRESH_URL", "http://127.0.0.1:9/{region}/refreshToken"),
                "gateway.token-refresh.social-url")).hasValue("http://127.0.0.1:9/{region}/refreshToken");
        assertThat(property(Map.of("KIRO_IDC_REFRESH_URL", "http://127.0.0.1:9/{region}/token"),
                "gateway.token-refresh.idc-url")).hasValue("http://127.0.0.1:9/{region}/token");
    }

    @Test
    void empty_refresh_urls_are_kiros_own() {
        KiroAuthEndpoints kiros = refresh("", " ").endpoints();
        assertThat(kiros.socialUrl()).isEqualTo("https://prod.{region}.auth.desktop.kiro.dev/refreshToken");
        assertThat(kiros.idcUrl()).isEqualTo("https://oidc.{region}.amazonaws.com/token");
        KiroAuthEndpoints configured = refresh("http://sim/{region}/refreshToken", "http://sim/{region}/token").endpoints();
        assertThat(configured.socialUrl()).isEqualTo("http://sim/{region}/refreshToken");
        assertThat(configured.idcUrl()).isEqualTo("http://sim/{region}/token");
    }
}
