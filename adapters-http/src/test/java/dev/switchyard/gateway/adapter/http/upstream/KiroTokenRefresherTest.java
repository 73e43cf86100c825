package dev.switchyard.gateway.adapter.http.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.RefreshOutcome;
import dev.switchyard.gateway.testkit.AccountFixtures;
import dev.switchyard.gateway.testkit.KiroAuthSimulator;
import dev.switchyard.testkit.servers.FreePort;
import io.micronaut.json.JsonMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The refresh adapter against the Kiro auth simulator: both flows, rotation, refusals, failures, timeouts. */
class KiroTokenRefresherTest {

    private static final Instant EXPIRES = Instant.parse("2026-11-24T12:00:00Z");

    private final KiroAuthSimulator simulator = KiroAuthSimulator.start();
    private final KiroTokenRefresher refresher = refresher(Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void social_refresh_posts_only_the_refresh_token_to_the_credential_region_and_reads_the_rotated_tokens() {
        KiroCredentials credentials = AccountFixtures.social("a1", EXPIRES);
        simulator.accept(credentials);

        RefreshOutcome outcome = refresher.refresh(credentials);

        assertThat(outcome).isEqualTo(new RefreshOutcome.Refreshed(KiroAuthSimulator.accessToken(1),
                Optional.of(KiroAuthSimulator.refreshToken(1)), Optional.of(Duration.ofHours(1)),
                Optional.of(AccountFixtures.PROFILE_ARN)));
        assertThat(simulator.callLog()).singleElement().satisfies(call -> {
            assertThat(call.flow()).isEqualTo("social");
            assertThat(call.region()).isEqualTo("us-east-1");
            assertThat(call.body()).isEqualTo(Map.of("refreshToken", "aor-refresh-a1"));
        });
    }

    @Test
    void idc_refresh_posts_the_oidc_grant_to_the_idc_region() {
        KiroCredentials credentials = AccountFixtures.idc("b2", EXPIRES);
        simulator.accept(credentials);

        RefreshOutcome outcome = refresher.refresh(credentials);

        assertThat(outcome).isInstanceOf(RefreshOutcome.Refreshed.class);
        RefreshOutcome.Refreshed refreshed = (RefreshOutcome.Refreshed) outcome;
        assertThat(refreshed.accessToken()).isEqualTo(KiroAuthSimulator.accessToken(1));
        assertThat(refreshed.refreshToken()).contains(KiroAuthSimulator.refreshToken(1));
        assertThat(refreshed.profileArn()).isEmpty();
        assertThat(simulator.callLog()).singleElement().satisfies(call -> {
            assertThat(call.flow()).isEqualTo("idc");
            assertThat(call.region()).isEqualTo("eu-west-1");
            assertThat(call.body()).isEqualTo(Map.of("refreshToken", "aor-refresh-b2", "clientId", "client-b2",
                    "clientSecret", "client-secret-b2", "grantType", "refresh_token"));
        });
    }

    @Test
    void an_answer_without_a_new_refresh_token_or_expiry_leaves_them_empty() {
        KiroCredentials credentials = AccountFixtures.social("c3", EXPIRES);
        simulator.accept(credentials).rotating(false).expiringIn(Optional.empty());

        RefreshOutcome.Refreshed refreshed = (RefreshOutcome.Refreshed) refresher.refresh(credentials);

        assertThat(refreshed.refreshToken()).isEmpty();
        assertThat(refreshed.expiresIn()).isEmpty();
    }

    @Test
    void a_refresh_token_used_up_by_rotation_is_rejected_as_invalid_grant() {
        KiroCredentials credentials = AccountFixtures.social("d4", EXPIRES);
        simulator.accept(credentials);
        assertThat(refresher.refresh(credentials)).isInstanceOf(RefreshOutcome.Refreshed.class);

        RefreshOutcome again = refresher.refresh(credentials);

        assertThat(again).isInstanceOf(RefreshOutcome.Rejected.class);
        assertThat(((RefreshOutcome.Rejected) again).reason()).contains("400").contains("invalid_grant")
                .doesNotContain("aor-refresh-d4");
    }

    @Test
    void an_idc_client_the_service_does_not_know_is_rejected() {
        KiroCredentials registered = AccountFixtures.idc("e5", EXPIRES);
        simulator.accept(registered);
        KiroCredentials wrongClient = new KiroCredentials(registered.accessToken(), registered.refreshToken(), EXPIRES,
                registered.authMethod(), registered.clientId(), Optional.of("another-secret"), Optional.empty(),
                registered.region(), registered.idcRegion());

        RefreshOutcome outcome = refresher.refresh(wrongClient);

        assertThat(outcome).isInstanceOf(RefreshOutcome.Rejected.class);
        assertThat(((RefreshOutcome.Rejected) outcome).reason()).contains("invalid_client").doesNotContain("another-secret");
    }

    @Test
    void unauthorized_is_a_rejection_but_throttling_and_server_errors_are_failures_to_retry() {
        KiroCredentials credentials = AccountFixtures.social("f6", EXPIRES);
        simulator.accept(credentials);

        simulator.failingNext(1, 401);
        assertThat(refresher.refresh(credentials)).isInstanceOf(RefreshOutcome.Rejected.class);
        simulator.failingNext(1, 429);
        assertThat(refresher.refresh(credentials)).isEqualTo(new RefreshOutcome.Failed("the social auth service answered 429"));
        simulator.failingNext(1, 503);
        assertThat(refresher.refresh(credentials)).isEqualTo(new RefreshOutcome.Failed("the social auth service answered 503"));

        assertThat(refresher.refresh(credentials)).isInstanceOf(RefreshOutcome.Refreshed.class);
    }

    @Test
    void a_service_slower_than_the_request_timeout_is_a_failure() {
        KiroCredentials credentials = AccountFixtures.social("g7", EXPIRES);
        simulator.accept(credentials).answeringAfter(Duration.ofSeconds(2));

        RefreshOutcome outcome = refresher(Duration.ofMillis(200)).refresh(credentials);

        assertThat(outcome).isEqualTo(new RefreshOutcome.Failed("no answer from the social auth service within 200 ms"));
    }

    @Test
    void an_unreachable_service_is_a_failure() {
        int closedPort = FreePort.next();
        KiroTokenRefresher nowhere = new KiroTokenRefresher(JsonMapper.createDefault(), new KiroAuthEndpoints(
                "http://127.0.0.1:" + closedPort + "/{region}/refreshToken", simulator.idcUrl(),
                Duration.ofSeconds(1), Duration.ofSeconds(2)));

        RefreshOutcome outcome = nowhere.refresh(AccountFixtures.social("h8", EXPIRES));

        assertThat(outcome).isInstanceOf(RefreshOutcome.Failed.class);
        assertThat(((RefreshOutcome.Failed) outcome).reason()).startsWith("the social auth service could not be reached");
    }

    private KiroTokenRefresher refresher(Duration requestTimeout) {
        return new KiroTokenRefresher(JsonMapper.createDefault(), new KiroAuthEndpoints(simulator.socialUrl(),
                simulator.idcUrl(), Duration.ofSeconds(1), requestTimeout));
    }
}
