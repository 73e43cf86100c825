package dev.switchyard.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountHealthTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    @Test
    void a_fresh_account_is_selectable_and_healthy() {
        assertThat(AccountHealth.fresh().selectableAt(NOW)).isTrue();
        assertThat(AccountHealth.fresh().statusAt(NOW)).isEqualTo(AccountStatus.HEALTHY);
    }

    @Test
    void a_failure_cools_the_account_down_until_its_end() {
        AccountHealth cooling = AccountHealth.fresh()
                .apply(new HealthChange.Failed(UpstreamFailure.RATE_LIMITED, NOW.plusSeconds(60), NOW));

        assertThat(cooling.selectableAt(NOW.plusSeconds(59))).isFalse();
        assertThat(cooling.statusAt(NOW.plusSeconds(59))).isEqualTo(AccountStatus.COOLING_DOWN);
        assertThat(cooling.selectableAt(NOW.plusSeconds(60))).isTrue();
        assertThat(cooling.statusAt(NOW.plusSeconds(60))).isEqualTo(AccountStatus.HEALTHY);
        assertThat(cooling.errorCount()).isEqualTo(1);
        assertThat(cooling.lastErrorAt()).contains(NOW);
        assertThat(cooling.lastError()).hasValueSatisfying(message -> assertThat(message).contains("RATE_LIMITED"));
    }

    @Test
    void a_shorter_cooldown_does_not_cut_a_longer_one() {
        Instant monthEnd = Instant.parse("2026-12-01T00:00:00Z");
        AccountHealth health = AccountHealth.fresh()
                .apply(new HealthChange.Failed(UpstreamFailure.QUOTA_EXHAUSTED, monthEnd, NOW))
                .apply(new HealthChange.Failed(UpstreamFailure.RATE_LIMITED, NOW.plusSeconds(60), NOW));

        assertThat(health.recoversAt()).contains(monthEnd);
        assertThat(health.errorCount()).isEqualTo(2);
    }

    @Test
    void a_success_counts_the_use_and_heals_a_recovered_account() {
        AccountHealth health = AccountHealth.fresh()
                .apply(new HealthChange.Failed(UpstreamFailure.SERVER_ERROR, NOW.plusSeconds(5), NOW))
                .apply(new HealthChange.Succeeded(3, NOW.plusSeconds(6)));

        assertThat(health.healthy()).isTrue();
        assertThat(health.errorCount()).isZero();
        assertThat(health.recoversAt()).isEmpty();
        assertThat(health.usageCount()).isEqualTo(3);
        assertThat(health.lastUsed()).contains(NOW.plusSeconds(6));
        assertThat(health.lastError()).as("kept as history").isPresent();
    }

    @Test
    void a_success_on_a_healthy_account_only_counts() {
        AccountHealth before = AccountHealth.fresh();

        AccountHealth after = before.apply(HealthChange.Succeeded.once(NOW));

        assertThat(after).isEqualTo(new AccountHealth(true, false, false, false, Optional.empty(), 0, 1, 0,
                Optional.of(NOW), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void successes_coalesce_into_one_change() {
        HealthChange.Succeeded merged = HealthChange.Succeeded.once(NOW).plus(new HealthChange.Succeeded(2, NOW.plusSeconds(1)));

        assertThat(merged).isEqualTo(new HealthChange.Succeeded(3, NOW.plusSeconds(1)));
    }

    @Test
    void disabled_accounts_are_never_selected_and_enabling_heals_them() {
        AccountHealth disabled = AccountHealth.fresh()
                .apply(new HealthChange.Failed(UpstreamFailure.ACCOUNT_BLOCKED, NOW.plus(Duration.ofHours(1)), NOW))
                .apply(new HealthChange.Disabled(NOW));
        assertThat(disabled.statusAt(NOW.plus(Duration.ofDays(1)))).isEqualTo(AccountStatus.DISABLED);
        assertThat(disabled.selectableAt(NOW.plus(Duration.ofDays(1)))).isFalse();

        AccountHealth enabled = disabled.apply(new HealthChange.Enabled(NOW));
        assertThat(enabled.selectableAt(NOW)).isTrue();
        assertThat(enabled.errorCount()).isZero();
        assertThat(enabled.recoversAt()).isEmpty();
    }

    @Test
    void a_rejected_refresh_token_keeps_the_account_out_until_refreshed() {
        AccountHealth out = AccountHealth.fresh().apply(new HealthChange.ReauthenticationRequired("invalid_grant", NOW));

        assertThat(out.selectableAt(NOW.plus(Duration.ofDays(30)))).isFalse();
        assertThat(out.statusAt(NOW)).isEqualTo(AccountStatus.NEEDS_REAUTHENTICATION);

        AccountHealth back = out.apply(new HealthChange.Refreshed(NOW.plusSeconds(1)));
        assertThat(back.selectableAt(NOW.plusSeconds(1))).isTrue();
        assertThat(back.needsReauthentication()).isFalse();
        assertThat(back.lastRefreshedAt()).contains(NOW.plusSeconds(1));
    }

    @Test
    void an_account_flagged_for_refresh_by_node_is_skipped_until_refreshed() {
        AccountHealth flagged = new AccountHealth(true, false, true, false, Optional.empty(), 0, 0, 2,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(flagged.selectableAt(NOW)).isFalse();
        AccountHealth refreshed = flagged.apply(new HealthChange.Refreshed(NOW));
        assertThat(refreshed.selectableAt(NOW)).isTrue();
        assertThat(refreshed.refreshCount()).isZero();
    }

    @Test
    void unhealthy_without_a_recovery_time_stays_out() {
        AccountHealth unhealthy = new AccountHealth(false, false, false, false, Optional.empty(), 10, 0, 0,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(unhealthy.selectableAt(NOW.plus(Duration.ofDays(365)))).isFalse();
        assertThat(unhealthy.statusAt(NOW)).isEqualTo(AccountStatus.UNHEALTHY);
    }
}
