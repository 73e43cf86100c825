package dev.switchyard.gateway.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.adapter.memory.InMemoryAccountPool;
import dev.switchyard.gateway.adapter.memory.InMemoryCredentialStore;
import dev.switchyard.gateway.adapter.memory.InMemoryRefreshLock;
import dev.switchyard.gateway.application.port.in.ObtainCredentialsCommand;
import dev.switchyard.gateway.application.port.in.ObtainCredentialsResult;
import dev.switchyard.gateway.application.port.out.RefreshLock.LockAttempt;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.AccountStatus;
import dev.switchyard.gateway.domain.CooldownPolicy;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.RefreshOutcome;
import dev.switchyard.gateway.domain.TokenRefreshPolicy;
import dev.switchyard.gateway.testkit.AccountFixtures;
import dev.switchyard.gateway.testkit.ScriptedRefreshLock;
import dev.switchyard.gateway.testkit.ScriptedTokenRefresher;
import dev.switchyard.testkit.await.Poll;
import dev.switchyard.testkit.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ObtainCredentialsServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final AccountId A = AccountId.of("a");
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final ManualClock clock = new ManualClock(NOW);
    private final InMemoryCredentialStore store = new InMemoryCredentialStore();
    private final InMemoryAccountPool pool = new InMemoryAccountPool(store, CooldownPolicy.DEFAULTS, clock);
    private final InMemoryRefreshLock sharedLock = new InMemoryRefreshLock(Duration.ofSeconds(30), clock);
    private final ScriptedRefreshLock lock = new ScriptedRefreshLock(sharedLock);
    private final ScriptedTokenRefresher refresher = new ScriptedTokenRefresher();
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
    private final ObtainCredentialsService service = new ObtainCredentialsService(store, lock, refresher, pool,
            TokenRefreshPolicy.DEFAULTS, WAIT, background, clock);

    @AfterEach
    void stop() {
        refresher.release();
        background.shutdownNow();
    }

    private KiroCredentials accountExpiringIn(Duration left) {
        KiroCredentials credentials = AccountFixtures.social("a", NOW.plus(left));
        pool.register(AccountFixtures.account("a"), credentials);
        return credentials;
    }

    private ObtainCredentialsResult beforeCall() {
        return service.obtain(ObtainCredentialsCommand.beforeCall(A));
    }

    private static String accessTokenOf(ObtainCredentialsResult result) {
        assertThat(result).isInstanceOf(ObtainCredentialsResult.Ready.class);
        return ((ObtainCredentialsResult.Ready) result).credentials().accessToken();
    }

    @Test
    void a_token_with_time_left_is_handed_out_as_it_is() {
        KiroCredentials stored = accountExpiringIn(Duration.ofMinutes(30));

        assertThat(beforeCall()).isEqualTo(new ObtainCredentialsResult.Ready(stored));
        assertThat(refresher.calls()).isZero();
    }

    @Test
    void a_token_about_to_expire_is_used_while_it_is_refreshed_in_the_background() {
        KiroCredentials stored = accountExpiringIn(Duration.ofMinutes(4));
        refresher.holding();

        assertThat(beforeCall()).isEqualTo(new ObtainCredentialsResult.Ready(stored));
        assertThat(beforeCall()).as("not blocked by the running refresh").isEqualTo(new ObtainCredentialsResult.Ready(stored));

        refresher.release();
        Poll.untilAsserted(WAIT, () -> assertThat(store.current(A).orElseThrow().accessToken()).isEqualTo("access-1"));
        assertThat(refresher.calls()).isEqualTo(1);
        KiroCredentials refreshed = store.current(A).orElseThrow();
        assertThat(refreshed.refreshToken()).isEqualTo("refresh-1");
        assertThat(refreshed.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(pool.find(A).orElseThrow().health().lastRefreshedAt()).contains(NOW);
    }

    @Test
    void an_expired_token_is_refreshed_before_the_call() {
        accountExpiringIn(Duration.ofSeconds(10));

        assertThat(accessTokenOf(beforeCall())).isEqualTo("access-1");
        assertThat(refresher.asked()).extracting(KiroCredentials::refreshToken).containsExactly("aor-refresh-a");
    }

    @Test
    void fifty_concurrent_callers_share_one_refresh() {
        accountExpiringIn(Duration.ofMinutes(-1));
        refresher.holding();
        ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();
        List<CompletableFuture<ObtainCredentialsResult>> results = IntStream.range(0, 50)
                .mapToObj(i -> CompletableFuture.supplyAsync(this::beforeCall, callers))
                .toList();

        Poll.until("the refresh started", WAIT, () -> refresher.calls() == 1);
        refresher.release();

        assertThat(results).allSatisfy(result -> assertThat(accessTokenOf(result.join())).isEqualTo("access-1"));
        assertThat(refresher.calls()).isEqualTo(1);
        callers.shutdownNow();
    }

    @Test
    void a_rejected_token_is_refreshed_once_even_if_its_expiry_says_it_is_valid() {
        accountExpiringIn(Duration.ofMinutes(50));

        ObtainCredentialsResult result = service.obtain(ObtainCredentialsCommand.afterRejection(A));

        assertThat(accessTokenOf(result)).isEqualTo("access-1");
        clock.advance(Duration.ofSeconds(5));
        assertThat(accessTokenOf(service.obtain(ObtainCredentialsCommand.afterRejection(A))))
                .as("refreshed moments ago: not again").isEqualTo("access-1");
        assertThat(refresher.calls()).isEqualTo(1);
        clock.advance(TokenRefreshPolicy.DEFAULTS.minForcedInterval());
        assertThat(accessTokenOf(service.obtain(ObtainCredentialsCommand.afterRejection(A)))).isEqualTo("access-2");
    }

    @Test
    void a_refused_refresh_token_marks_the_account_for_a_new_login_and_is_not_tried_again() {
        accountExpiringIn(Duration.ofMinutes(-5));
        refresher.answering(new RefreshOutcome.Rejected("invalid_grant"));

        ObtainCredentialsResult result = beforeCall();

        assertThat(result).isInstanceOfSatisfying(ObtainCredentialsResult.Unavailable.class,
                unavailable -> assertThat(unavailable.reason()).contains("invalid_grant", "log in again"));
        assertThat(pool.find(A).orElseThrow().health().statusAt(clock.instant())).isEqualTo(AccountStatus.NEEDS_REAUTHENTICATION);
        assertThat(pool.next(java.util.Set.of())).isEmpty();
        clock.advance(Duration.ofHours(2));
        assertThat(beforeCall()).isInstanceOf(ObtainCredentialsResult.Unavailable.class);
        assertThat(service.obtain(ObtainCredentialsCommand.afterRejection(A))).isInstanceOf(ObtainCredentialsResult.Unavailable.class);
        assertThat(refresher.calls()).isEqualTo(1);
    }

    @Test
    void a_new_login_after_a_refusal_is_used_again() {
        accountExpiringIn(Duration.ofMinutes(-5));
        refresher.answering(new RefreshOutcome.Rejected("invalid_grant"));
        beforeCall();

        pool.register(AccountFixtures.account("a"), AccountFixtures.social("a-new-login", NOW.minusSeconds(1)));
        refresher.issuingNewTokens();

        assertThat(accessTokenOf(beforeCall())).isEqualTo("access-2");
        assertThat(pool.find(A).orElseThrow().health().statusAt(clock.instant())).isEqualTo(AccountStatus.HEALTHY);
    }

    @Test
    void a_failed_refresh_is_not_retried_at_every_call() {
        accountExpiringIn(Duration.ofSeconds(-1));
        refresher.answering(new RefreshOutcome.Failed("503 from the auth service"));

        assertThat(beforeCall()).isInstanceOfSatisfying(ObtainCredentialsResult.Unavailable.class,
                unavailable -> assertThat(unavailable.reason()).contains("503"));
        assertThat(beforeCall()).isInstanceOf(ObtainCredentialsResult.Unavailable.class);
        assertThat(refresher.calls()).isEqualTo(1);

        refresher.issuingNewTokens();
        clock.advance(TokenRefreshPolicy.DEFAULTS.retryAfterFailure());
        assertThat(accessTokenOf(beforeCall())).isEqualTo("access-2");
        assertThat(pool.find(A).orElseThrow().health().statusAt(clock.instant())).isEqualTo(AccountStatus.HEALTHY);
    }

    @Test
    void while_another_replica_refreshes_callers_wait_and_use_its_tokens() {
        KiroCredentials stored = accountExpiringIn(Duration.ofSeconds(-1));
        LockAttempt.Acquired otherReplica = (LockAttempt.Acquired) sharedLock.tryAcquire(A);
        CompletableFuture<ObtainCredentialsResult> waiting = CompletableFuture.supplyAsync(this::beforeCall, background);

        KiroCredentials theirs = stored.refreshed("their-access", Optional.of("their-refresh"), NOW.plus(Duration.ofHours(1)), Optional.empty());
        store.replace(A, stored, theirs);
        sharedLock.release(otherReplica);

        assertThat(accessTokenOf(waiting.join())).isEqualTo("their-access");
        assertThat(refresher.calls()).isZero();
    }

    @Test
    void without_the_lock_store_an_expired_token_is_still_refreshed() {
        accountExpiringIn(Duration.ofSeconds(-1));
        lock.unreachable(true);

        assertThat(accessTokenOf(beforeCall())).isEqualTo("access-1");
    }

    @Test
    void without_the_lock_store_a_proactive_refresh_waits_for_it() {
        KiroCredentials stored = accountExpiringIn(Duration.ofMinutes(3));
        lock.unreachable(true);
        ObtainCredentialsService inline = new ObtainCredentialsService(store, lock, refresher, pool,
                TokenRefreshPolicy.DEFAULTS, WAIT, Runnable::run, clock);

        assertThat(inline.obtain(ObtainCredentialsCommand.beforeCall(A))).isEqualTo(new ObtainCredentialsResult.Ready(stored));
        assertThat(refresher.calls()).isZero();
        lock.unreachable(false);
        assertThat(inline.obtain(ObtainCredentialsCommand.beforeCall(A))).isEqualTo(new ObtainCredentialsResult.Ready(stored));
        assertThat(refresher.calls()).as("refreshed once the lock store is back").isEqualTo(1);
        assertThat(store.current(A).orElseThrow().accessToken()).isEqualTo("access-1");
    }

    @Test
    void tokens_rotated_by_someone_without_the_lock_win() {
        KiroCredentials stored = accountExpiringIn(Duration.ofSeconds(-1));
        refresher.holding();
        CompletableFuture<ObtainCredentialsResult> refreshing = CompletableFuture.supplyAsync(this::beforeCall, background);
        Poll.until("the refresh started", WAIT, () -> refresher.calls() == 1);
        KiroCredentials nodes = stored.refreshed("node-access", Optional.of("node-refresh"), NOW.plus(Duration.ofHours(1)), Optional.empty());
        store.replace(A, stored, nodes);

        refresher.release();

        assertThat(accessTokenOf(refreshing.join())).isEqualTo("node-access");
        assertThat(store.current(A)).contains(nodes);
    }

    @Test
    void an_account_without_credentials_is_unavailable() {
        assertThat(beforeCall()).isInstanceOfSatisfying(ObtainCredentialsResult.Unavailable.class,
                unavailable -> assertThat(unavailable.reason()).contains("no credentials"));
    }
}
