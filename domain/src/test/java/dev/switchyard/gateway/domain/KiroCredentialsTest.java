package dev.switchyard.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KiroCredentialsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    private static KiroCredentials social(Instant expiresAt) {
        return new KiroCredentials("access-secret", "refresh-secret", expiresAt, AuthMethod.SOCIAL,
                Optional.empty(), Optional.empty(), Optional.of("arn:aws:codewhisperer:us-east-1:1:profile/P"), null, null);
    }

    @Test
    void to_string_never_shows_a_token() {
        assertThat(social(NOW).toString()).doesNotContain("access-secret", "refresh-secret").contains("<redacted>");
    }

    @Test
    void regions_default_to_us_east_1_and_idc_region_to_region() {
        KiroCredentials credentials = social(NOW);

        assertThat(credentials.region()).isEqualTo("us-east-1");
        assertThat(credentials.idcRegion()).isEqualTo("us-east-1");
    }

    @Test
    void expiry_margin_is_inclusive() {
        KiroCredentials credentials = social(NOW.plus(Duration.ofMinutes(5)));

        assertThat(credentials.expiresWithin(Duration.ofMinutes(5), NOW)).isTrue();
        assertThat(credentials.expiresWithin(Duration.ofMinutes(4), NOW)).isFalse();
    }

    @Test
    void a_refresh_keeps_the_old_refresh_token_when_none_is_issued() {
        KiroCredentials refreshed = social(NOW).refreshed("new-access", Optional.empty(), NOW.plusSeconds(3600), Optional.empty());

        assertThat(refreshed.accessToken()).isEqualTo("new-access");
        assertThat(refreshed.refreshToken()).isEqualTo("refresh-secret");
        assertThat(refreshed.profileArn()).isEqualTo(social(NOW).profileArn());
    }

    @Test
    void an_idc_credential_needs_its_oidc_client() {
        assertThatThrownBy(() -> new KiroCredentials("a", "r", NOW, AuthMethod.IDC,
                Optional.empty(), Optional.empty(), Optional.empty(), "us-east-1", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void auth_method_follows_the_node_service_rules() {
        assertThat(AuthMethod.parse("social", true)).isEqualTo(AuthMethod.SOCIAL);
        assertThat(AuthMethod.parse("builder-id", false)).isEqualTo(AuthMethod.IDC);
        assertThat(AuthMethod.parse("IdC", false)).isEqualTo(AuthMethod.IDC);
        assertThat(AuthMethod.parse(null, true)).isEqualTo(AuthMethod.IDC);
        assertThat(AuthMethod.parse(null, false)).isEqualTo(AuthMethod.SOCIAL);
    }
}
