package dev.switchyard.gateway.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.adapter.memory.InMemoryAccountPool;
import dev.switchyard.gateway.adapter.memory.InMemoryCredentialStore;
import dev.switchyard.gateway.adapter.memory.InMemoryRefreshLock;
import dev.switchyard.gateway.application.port.in.AccountView;
import dev.switchyard.gateway.application.port.in.ChangeAccountStateCommand;
import dev.switchyard.gateway.application.port.in.ChangeAccountStateCommand.Target;
import dev.switchyard.gateway.application.port.in.ChangeAccountStateResult;
import dev.switchyard.gateway.application.port.in.ImportAccountCommand;
import dev.switchyard.gateway.application.port.in.ImportAccountResult;
import dev.switchyard.gateway.application.port.in.RefreshAccountTokenCommand;
import dev.switchyard.gateway.application.port.in.RefreshAccountTokenResult;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.AccountStatus;
import dev.switchyard.gateway.domain.CooldownPolicy;
import dev.switchyard.gateway.domain.CredentialFile;
import dev.switchyard.gateway.domain.RefreshOutcome;
import dev.switchyard.gateway.domain.TokenRefreshPolicy;
import dev.switchyard.gateway.domain.UpstreamFailure;
import dev.switchyard.gateway.testkit.AccountFixtures;
import dev.switchyard.gateway.testkit.ScriptedTokenRefresher;
import dev.switchyard.testkit.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountAdministrationServicesTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    private final ManualClock clock = new ManualClock(NOW);
    private final InMemoryCredentialStore store = new InMemoryCredentialStore();
    private final InMemoryAccountPool pool = new InMemoryAccountPool(store, CooldownPolicy.DEFAULTS, clock);
    private final ScriptedTokenRefresher refresher = new ScriptedTokenRefresher();
    private final ImportAccountService importer = new ImportAccountService(pool, clock);
    private final ListAccountsService lister = new ListAccountsService(pool, store, clock);
    private final ChangeAccountStateService changer = new ChangeAccountStateService(pool, store, clock);
    private final RefreshAccountTokenService forcer = new RefreshAccountTokenService(store,
            new InMemoryRefreshLock(Duration.ofSeconds(30), clock), refresher, pool, TokenRefreshPolicy.DEFAULTS,
            Duration.ofSeconds(5), clock);

    @Test
    void an_imported_account_gets_a_uuid_and_is_listed_without_secrets() {
        ImportAccountResult result = importer.importAccount(new ImportAccountCommand(Optional.empty(), Optional.of("Alice"),
                AccountFixtures.social("alice", NOW.plusSeconds(3600))));

        AccountView imported = ((ImportAccountResult.Imported) result).account();
        assertThat(imported.id().value()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(lister.list()).singleElement().satisfies(view -> {
            assertThat(view.name()).isEqualTo("Alice");
            assertThat(view.status()).isEqualTo(AccountStatus.HEALTHY);
            assertThat(view.credentials()).hasValueSatisfying(credentials -> {
                assertThat(credentials.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
                assertThat(credentials.refreshTokenFingerprint()).isEqualTo(CredentialFile.fingerprint("aor-refresh-alice"));
            });
            assertThat(view.toString()).doesNotContain("aor-refresh-alice", "aoa-access-alice");
        });
    }

    @Test
    void the_same_refresh_token_under_another_id_is_a_duplicate() {
        importer.importAccount(new ImportAccountCommand(Optional.of(AccountId.of("a")), Optional.empty(),
                AccountFixtures.social("a", NOW)));

        assertThat(importer.importAccount(new ImportAccountCommand(Optional.of(AccountId.of("b")), Optional.empty(),
                AccountFixtures.social("a", NOW)))).isEqualTo(new ImportAccountResult.Duplicate(AccountId.of("a")));
    }

    @Test
    void accounts_are_listed_by_name_with_their_status() {
        importer.importAccount(new ImportAccountCommand(Optional.of(AccountId.of("b")), Optional.of("Bob"), AccountFixtures.social("b", NOW)));
        importer.importAccount(new ImportAccountCommand(Optional.of(AccountId.of("a")), Optional.of("Zed"), AccountFixtures.social("a", NOW)));
        pool.recordFailure(AccountId.of("a"), UpstreamFailure.RATE_LIMITED, Optional.empty());

        assertThat(lister.list()).extracting(AccountView::name, AccountView::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bob", AccountStatus.HEALTHY),
                        org.assertj.core.groups.Tuple.tuple("Zed", AccountStatus.COOLING_DOWN));
    }

    @Test
    void operators_disable_and_enable_accounts() {
        importer.importAccount(new ImportAccountCommand(Optional.of(AccountId.of("a")), Optional.empty(), AccountFixtures.social("a", NOW)));

        ChangeAccountStateResult disabled = changer.change(new ChangeAccountStateCommand(AccountId.of("a"), Target.DISABLED));
        assertThat(((ChangeAccountStateResult.Changed) disabled).account().status()).isEqualTo(AccountStatus.DISABLED);
        assertThat(pool.next(java.util.Set.of())).isEmpty();

        ChangeAccountStateResult enabled = changer.change(new ChangeAccountStateCommand(AccountId.of("a"), Target.ENABLED));
        assertThat(((ChangeAccountStateResult.Changed) enabled).account().status()).isEqualTo(AccountStatus.HEALTHY);
        assertThat(changer.change(new ChangeAccountStateCommand(AccountId.of("x"), Target.ENABLED)))
                .isEqualTo(new ChangeAccountStateResult.NotFound());
    }

    @Test
    void a_forced_refresh_refreshes_a_valid_token_and_reports_a_refusal() {
        importer.importAccount(new ImportAccountCommand(Optional.of(AccountId.of("a")), Optional.empty(),
                AccountFixtures.social("a", NOW.plus(Duration.ofHours(1)))));

        assertThat(forcer.refresh(new RefreshAccountTokenCommand(AccountId.of("a"))))
                .isEqualTo(new RefreshAccountTokenResult.Refreshed(NOW.plus(Duration.ofHours(1))));
        assertThat(store.current(AccountId.of("a")).orElseThrow().accessToken()).isEqualTo("access-1");

        refresher.answering(new RefreshOutcome.Rejected("invalid_grant"));
        assertThat(forcer.refresh(new RefreshAccountTokenCommand(AccountId.of("a"))))
                .isInstanceOf(RefreshAccountTokenResult.Rejected.class);
        assertThat(lister.list()).singleElement().extracting(AccountView::status).isEqualTo(AccountStatus.NEEDS_REAUTHENTICATION);
        assertThat(forcer.refresh(new RefreshAccountTokenCommand(AccountId.of("nobody"))))
                .isEqualTo(new RefreshAccountTokenResult.NotFound());
    }
}
