package dev.switchyard.gateway.testkit;

import static dev.switchyard.gateway.testkit.AccountFixtures.account;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.application.port.out.AccountPool;
import dev.switchyard.gateway.application.port.out.AccountRegistry;
import dev.switchyard.gateway.application.port.out.AccountRegistry.Registration;
import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.AccountHealth;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.AccountStatus;
import dev.switchyard.gateway.domain.CooldownPolicy;
import dev.switchyard.gateway.domain.HealthChange;
import dev.switchyard.gateway.domain.UpstreamFailure;
import dev.switchyard.testkit.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link AccountPool} (and the {@link AccountRegistry} beside it) does, run by the
 * in-memory twin and by the Redis adapter against a real Redis. Cooldowns are
 * {@link CooldownPolicy#DEFAULTS}; time is {@link #clock}.
 */
public abstract class AccountPoolContract {

    protected static final Instant START = Instant.parse("2026-11-24T12:00:00Z");

    protected final ManualClock clock = new ManualClock(START);

    /** Both ports of one adapter instance. */
    public record PoolUnderTest(AccountPool pool, AccountRegistry registry) {
    }

    /** A new adapter over exactly {@code accounts}, all healthy and with credentials, on {@link #clock}. */
    protected abstract PoolUnderTest poolWith(List<Account> accounts);

    /** Makes what the pool recorded visible to a fresh reader of the shared store; nothing to do in memory. */
    protected void settle(PoolUnderTest pool) {
    }

    /** Another instance over the same shared pool, as a second replica sees it after its cache refreshed. */
    protected abstract PoolUnderTest anotherInstance(PoolUnderTest pool);

    @Test
    void round_robin_hands_out_every_healthy_account_in_turn() {
        AccountPool pool = poolWith(List.of(account("a"), account("b"), account("c"))).pool();

        List<AccountId> picks = IntStream.range(0, 6).mapToObj(i -> pool.next(Set.of()).orElseThrow().id()).toList();

        assertThat(new HashSet<>(picks.subList(0, 3))).hasSize(3);
        assertThat(picks.subList(3, 6)).isEqualTo(picks.subList(0, 3));
    }

    @Test
    void already_tried_accounts_are_skipped_until_none_is_left() {
        AccountPool pool = poolWith(List.of(account("a"), account("b"))).pool();
        Set<AccountId> tried = new HashSet<>();

        tried.add(pool.next(tried).orElseThrow().id());
        tried.add(pool.next(tried).orElseThrow().id());

        assertThat(tried).containsExactlyInAnyOrder(AccountId.of("a"), AccountId.of("b"));
        assertThat(pool.next(tried)).isEmpty();
    }

    @Test
    void an_empty_pool_has_nothing_to_hand_out() {
        assertThat(poolWith(List.of()).pool().next(Set.of())).isEmpty();
    }

    @Test
    void rate_limited_and_blocked_accounts_cool_down_while_the_rest_serve_and_then_come_back() {
        AccountPool pool = poolWith(List.of(account("a"), account("b"), account("c"))).pool();

        pool.recordFailure(AccountId.of("a"), UpstreamFailure.RATE_LIMITED, Optional.empty());
        pool.recordFailure(AccountId.of("b"), UpstreamFailure.ACCOUNT_BLOCKED, Optional.empty());

        assertThat(picks(pool, 6)).containsOnly(AccountId.of("c"));
        clock.advance(CooldownPolicy.DEFAULTS.rateLimited());
        assertThat(picks(pool, 6)).containsOnly(AccountId.of("a"), AccountId.of("c"));
        clock.advance(CooldownPolicy.DEFAULTS.accountBlocked());
        assertThat(picks(pool, 6)).containsOnly(AccountId.of("a"), AccountId.of("b"), AccountId.of("c"));
    }

    @Test
    void a_retry_after_hint_sets_the_rate_limit_cooldown() {
        AccountPool pool = poolWith(List.of(account("a"), account("b"))).pool();

        pool.recordFailure(AccountId.of("a"), UpstreamFailure.RATE_LIMITED, Optional.of(Duration.ofSeconds(7)));

        clock.advance(Duration.ofSeconds(6));
        assertThat(picks(pool, 4)).containsOnly(AccountId.of("b"));
        clock.advance(Duration.ofSeconds(1));
        assertThat(picks(pool, 4)).contains(AccountId.of("a"));
    }

    @Test
    void an_exhausted_quota_lasts_until_the_first_of_next_month() {
        AccountPool pool = poolWith(List.of(account("a"), account("b"))).pool();

        pool.recordFailure(AccountId.of("a"), UpstreamFailure.QUOTA_EXHAUSTED, Optional.empty());

        clock.set(Instant.parse("2026-11-30T23:59:59Z"));
        assertThat(picks(pool, 4)).containsOnly(AccountId.of("b"));
        clock.set(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(picks(pool, 4)).contains(AccountId.of("a"));
    }

    @ParameterizedTest
    @EnumSource(value = UpstreamFailure.class, names = {"INVALID_REQUEST", "CONTEXT_TOO_LONG", "MODEL_UNAVAILABLE",
            "UNAUTHORIZED", "TOKEN_REJECTED"})
    void failures_that_are_not_the_accounts_fault_leave_it_in_the_pool(UpstreamFailure failure) {
        PoolUnderTest under = poolWith(List.of(account("a")));

        under.pool().recordFailure(AccountId.of("a"), failure, Optional.of(Duration.ofMinutes(1)));

        assertThat(under.pool().next(Set.of())).map(Account::id).contains(AccountId.of("a"));
        assertThat(health(under, "a").errorCount()).isZero();
    }

    @Test
    void when_every_account_fails_none_is_handed_out() {
        AccountPool pool = poolWith(List.of(account("a"), account("b"))).pool();

        pool.recordFailure(AccountId.of("a"), UpstreamFailure.SERVER_ERROR, Optional.empty());
        pool.recordFailure(AccountId.of("b"), UpstreamFailure.TIMEOUT, Optional.empty());

        assertThat(pool.next(Set.of())).isEmpty();
        clock.advance(CooldownPolicy.DEFAULTS.transientFailure());
        assertThat(pool.next(Set.of())).isPresent();
    }

    @Test
    void health_records_use_failures_and_recovery() {
        PoolUnderTest under = poolWith(List.of(account("a")));
        AccountId a = AccountId.of("a");
        long usedBefore = health(under, "a").usageCount();

        under.pool().recordSuccess(a);
        under.pool().recordSuccess(a);
        under.pool().recordFailure(a, UpstreamFailure.RATE_LIMITED, Optional.empty());
        AccountHealth cooling = health(under, "a");
        assertThat(cooling.usageCount()).isEqualTo(usedBefore + 2);
        assertThat(cooling.lastUsed()).contains(START);
        assertThat(cooling.healthy()).isFalse();
        assertThat(cooling.errorCount()).isEqualTo(1);
        assertThat(cooling.recoversAt()).contains(START.plus(CooldownPolicy.DEFAULTS.rateLimited()));
        assertThat(cooling.statusAt(clock.instant())).isEqualTo(AccountStatus.COOLING_DOWN);

        clock.advance(CooldownPolicy.DEFAULTS.rateLimited());
        under.pool().recordSuccess(under.pool().next(Set.of()).orElseThrow().id());
        AccountHealth recovered = health(under, "a");
        assertThat(recovered.healthy()).isTrue();
        assertThat(recovered.errorCount()).isZero();
        assertThat(recovered.recoversAt()).isEmpty();
        assertThat(recovered.usageCount()).isEqualTo(usedBefore + 3);
    }

    @Test
    void what_one_instance_records_the_other_sees_once_settled() {
        PoolUnderTest first = poolWith(List.of(account("a"), account("b")));
        long usedBefore = health(first, "b").usageCount();

        first.pool().recordFailure(AccountId.of("a"), UpstreamFailure.RATE_LIMITED, Optional.empty());
        first.pool().recordSuccess(AccountId.of("b"));
        settle(first);
        PoolUnderTest second = anotherInstance(first);

        assertThat(picks(second.pool(), 4)).containsOnly(AccountId.of("b"));
        assertThat(health(second, "b").usageCount()).isEqualTo(usedBefore + 1);
    }

    @Test
    void disabled_accounts_are_never_handed_out_until_enabled() {
        PoolUnderTest under = poolWith(List.of(account("a"), account("b")));

        assertThat(under.registry().change(AccountId.of("a"), new HealthChange.Disabled(clock.instant())))
                .hasValueSatisfying(member -> assertThat(member.health().disabled()).isTrue());

        clock.advance(Duration.ofDays(40));
        assertThat(picks(under.pool(), 4)).containsOnly(AccountId.of("b"));
        under.registry().change(AccountId.of("a"), new HealthChange.Enabled(clock.instant()));
        assertThat(picks(under.pool(), 4)).contains(AccountId.of("a"));
    }

    @Test
    void an_account_needing_a_new_login_stays_out_until_refreshed() {
        PoolUnderTest under = poolWith(List.of(account("a"), account("b")));
        AccountId a = AccountId.of("a");

        under.registry().change(a, new HealthChange.ReauthenticationRequired("invalid_grant", clock.instant()));

        clock.advance(Duration.ofDays(40));
        assertThat(picks(under.pool(), 4)).containsOnly(AccountId.of("b"));
        assertThat(health(under, "a").statusAt(clock.instant())).isEqualTo(AccountStatus.NEEDS_REAUTHENTICATION);
        under.registry().change(a, new HealthChange.Refreshed(clock.instant()));
        assertThat(picks(under.pool(), 4)).contains(a);
        assertThat(health(under, "a").lastRefreshedAt()).contains(clock.instant());
    }

    @Test
    void the_registry_lists_every_account_and_knows_no_stranger() {
        PoolUnderTest under = poolWith(List.of(account("a"), account("b")));
        under.pool().recordFailure(AccountId.of("a"), UpstreamFailure.ACCOUNT_BLOCKED, Optional.empty());

        assertThat(under.registry().accounts()).extracting(member -> member.id().value()).containsExactlyInAnyOrder("a", "b");
        assertThat(under.registry().find(AccountId.of("a")).orElseThrow().account().name()).isEqualTo("Kiro a");
        assertThat(under.registry().find(AccountId.of("zz"))).isEmpty();
        assertThat(under.registry().change(AccountId.of("zz"), new HealthChange.Disabled(clock.instant()))).isEmpty();
    }

    @Test
    void a_registered_account_joins_the_rotation() {
        PoolUnderTest under = poolWith(List.of(account("a")));

        Registration registration = under.registry().register(account("n"), AccountFixtures.social("n", START.plusSeconds(3600)));

        assertThat(registration).isInstanceOfSatisfying(Registration.Registered.class,
                registered -> assertThat(registered.replaced()).isFalse());
        assertThat(picks(under.pool(), 4)).containsOnly(AccountId.of("a"), AccountId.of("n"));
        assertThat(under.registry().find(AccountId.of("n")).orElseThrow().health().statusAt(clock.instant()))
                .isEqualTo(AccountStatus.HEALTHY);
    }

    @Test
    void registering_a_known_refresh_token_under_another_id_is_refused() {
        PoolUnderTest under = poolWith(List.of());
        under.registry().register(account("n"), AccountFixtures.social("n", START));

        assertThat(under.registry().register(account("m"), AccountFixtures.social("n", START)))
                .isEqualTo(new Registration.Duplicate(AccountId.of("n")));
        assertThat(under.registry().find(AccountId.of("m"))).isEmpty();
    }

    @Test
    void registering_an_existing_id_is_a_new_login() {
        PoolUnderTest under = poolWith(List.of(account("a")));
        under.registry().change(AccountId.of("a"), new HealthChange.ReauthenticationRequired("invalid_grant", clock.instant()));

        Registration registration = under.registry().register(account("a"), AccountFixtures.social("a2", START.plusSeconds(3600)));

        assertThat(registration).isInstanceOfSatisfying(Registration.Registered.class,
                registered -> assertThat(registered.replaced()).isTrue());
        assertThat(health(under, "a").statusAt(clock.instant())).isEqualTo(AccountStatus.HEALTHY);
        assertThat(under.pool().next(Set.of())).map(Account::id).contains(AccountId.of("a"));
    }

    protected List<AccountId> picks(AccountPool pool, int count) {
        List<AccountId> picks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pool.next(Set.of()).ifPresent(account -> picks.add(account.id()));
        }
        return picks;
    }

    protected AccountHealth health(PoolUnderTest under, String id) {
        return under.registry().find(AccountId.of(id)).orElseThrow().health();
    }
}
