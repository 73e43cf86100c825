package dev.switchyard.gateway.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.adapter.memory.InMemoryAccountPool;
import dev.switchyard.gateway.adapter.memory.InMemoryCredentialStore;
import dev.switchyard.gateway.adapter.memory.InMemoryRefreshLock;
import dev.switchyard.gateway.application.port.in.RefreshExpiringTokensResult;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.CooldownPolicy;
import dev.switchyard.gateway.domain.HealthChange;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.TokenRefreshPolicy;
import dev.switchyard.gateway.testkit.AccountFixtures;
import dev.switchyard.gateway.testkit.ScriptedTokenRefresher;
import dev.switchyard.testkit.await.Poll;
import dev.switchyard.testkit.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RefreshExpiringTokensServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final ManualClock clock = new ManualClock(NOW);
    private final InMemoryCredentialStore store = new InMemoryCredentialStore();
    private final InMemoryAccountPool pool = new InMemoryAccountPool(store, CooldownPolicy.DEFAULTS, clock);
    private final ScriptedTokenRefresher refresher = new ScriptedTokenRefresher();
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
    private final ObtainCredentialsService obtain = new ObtainCredentialsService(store,
            new InMemoryRefreshLock(Duration.ofSeconds(30), clock), refresher, pool, TokenRefreshPolicy.DEFAULTS, WAIT,
            background, clock);
    private final RefreshExpiringTokensService scan = new RefreshExpiringTokensService(pool, store, obtain,
            TokenRefreshPolicy.DEFAULTS, background, clock);

    @AfterEach
    void stop() {
        refresher.release();
        background.shutdownNow();
    }

    private KiroCredentials account(String id, Duration left) {
        KiroCredentials credentials = AccountFixtures.social(id, NOW.plus(left));
        pool.register(AccountFixtures.account(id), credentials);
        return credentials;
    }

    @Test
    void only_accounts_in_use_whose_token_expires_soon_or_has_expired_are_refreshed() {
        KiroCredentials soon = account("soon", Duration.ofMinutes(4));
        KiroCredentials expired = account("expired", Duration.ofMinutes(-10));
        account("fresh", Duration.ofMinutes(40));
        account("disabled", Duration.ofMinutes(1));
        account("relogin", Duration.ofMinutes(1));
        pool.change(AccountId.of("disabled"), new HealthChange.Disabled(NOW));
        pool.change(AccountId.of("relogin"), new HealthChange.ReauthenticationRequired("refused", NOW));

        RefreshExpiringTokensResult result = scan.refreshExpiring();

        assertThat(result).isEqualTo(new RefreshExpiringTokensResult(3, 2));
        Poll.untilAsserted(WAIT, () -> assertThat(refresher.asked()).containsExactlyInAnyOrder(soon, expired));
        Poll.untilAsserted(WAIT, () -> assertThat(store.current(AccountId.of("soon")).orElseThrow().expiresAt())
                .isAfter(NOW.plus(Duration.ofMinutes(30))));
    }

    @Test
    void a_second_scan_while_refreshes_run_joins_them_instead_of_refreshing_again() {
        account("soon", Duration.ofMinutes(4));
        refresher.holding();

        scan.refreshExpiring();
        scan.refreshExpiring();
        Poll.until("the refresh started", WAIT, () -> refresher.calls() == 1);
        refresher.release();
        Poll.untilAsserted(WAIT, () -> assertThat(store.current(AccountId.of("soon")).orElseThrow().expiresAt())
                .isAfter(NOW.plus(Duration.ofMinutes(30))));

        assertThat(scan.refreshExpiring()).isEqualTo(new RefreshExpiringTokensResult(1, 0));
        assertThat(refresher.calls()).isEqualTo(1);
    }
}
