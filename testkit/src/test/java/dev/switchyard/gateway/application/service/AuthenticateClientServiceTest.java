package dev.switchyard.gateway.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.application.port.in.AuthenticateClientCommand;
import dev.switchyard.gateway.application.port.in.AuthenticateClientResult;
import dev.switchyard.gateway.testkit.InMemoryClientKeySource;
import dev.switchyard.testkit.time.ManualClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthenticateClientServiceTest {

    private static final Duration REFRESH = Duration.ofSeconds(30);

    private final ManualClock clock = ManualClock.at("2026-11-24T10:00:00Z");
    private final InMemoryClientKeySource shared = new InMemoryClientKeySource();

    private AuthenticateClientService configuredWith(String key) {
        return new AuthenticateClientService(Optional.ofNullable(key), shared, clock, REFRESH);
    }

    private static AuthenticateClientResult check(AuthenticateClientService service, String presented) {
        return service.authenticate(new AuthenticateClientCommand(Optional.ofNullable(presented)));
    }

    @Test
    void the_configured_key_is_accepted_and_any_other_rejected_without_reading_the_shared_config() {
        AuthenticateClientService service = configuredWith("sk-configured");
        shared.set("sk-shared");

        assertThat(check(service, "sk-configured")).isEqualTo(AuthenticateClientResult.ACCEPTED);
        assertThat(check(service, "sk-shared")).isInstanceOf(AuthenticateClientResult.Rejected.class);
        assertThat(check(service, "sk-configured-but-longer")).isInstanceOf(AuthenticateClientResult.Rejected.class);
        assertThat(shared.reads()).isZero();
    }

    @Test
    void no_key_presented_is_rejected_saying_how_to_send_one() {
        assertThat(check(configuredWith("k"), null)).isEqualTo(new AuthenticateClientResult.Rejected(
                "missing API key: send it as x-api-key or Authorization: Bearer"));
        assertThat(check(configuredWith("k"), "")).isInstanceOf(AuthenticateClientResult.Rejected.class);
    }

    @Test
    void without_a_configured_key_the_shared_key_is_used_and_read_once_per_refresh_period() {
        AuthenticateClientService service = configuredWith("  ");
        shared.set("sk-shared");

        assertThat(check(service, "sk-shared")).isEqualTo(AuthenticateClientResult.ACCEPTED);
        assertThat(check(service, "sk-shared")).isEqualTo(AuthenticateClientResult.ACCEPTED);
        assertThat(shared.reads()).isEqualTo(1);

        shared.set("sk-rotated");
        clock.advance(REFRESH);

        assertThat(check(service, "sk-shared")).isInstanceOf(AuthenticateClientResult.Rejected.class);
        assertThat(check(service, "sk-rotated")).isEqualTo(AuthenticateClientResult.ACCEPTED);
        assertThat(shared.reads()).isEqualTo(2);
    }

    @Test
    void the_last_shared_key_keeps_working_while_the_store_is_unreachable() {
        AuthenticateClientService service = configuredWith(null);
        shared.set("sk-shared");
        assertThat(check(service, "sk-shared")).isEqualTo(AuthenticateClientResult.ACCEPTED);

        shared.unreachable(true);
        clock.advance(REFRESH.multipliedBy(3));

        assertThat(check(service, "sk-shared")).isEqualTo(AuthenticateClientResult.ACCEPTED);
        assertThat(check(service, "other")).isInstanceOf(AuthenticateClientResult.Rejected.class);
    }

    @Test
    void with_no_key_anywhere_every_request_is_refused_until_one_appears() {
        AuthenticateClientService service = configuredWith(null);

        assertThat(check(service, "anything")).asString().contains("no API key is configured");

        shared.set("sk-new");
        clock.advance(REFRESH);

        assertThat(check(service, "sk-new")).isEqualTo(AuthenticateClientResult.ACCEPTED);
    }

    @Test
    void an_unreachable_store_is_retried_soon_rather_than_after_a_full_period() {
        AuthenticateClientService service = configuredWith(null);
        shared.set("sk-shared").unreachable(true);
        assertThat(check(service, "sk-shared")).isInstanceOf(AuthenticateClientResult.Rejected.class);

        shared.unreachable(false);
        clock.advance(REFRESH.dividedBy(10));

        assertThat(check(service, "sk-shared")).isEqualTo(AuthenticateClientResult.ACCEPTED);
    }
}
