package dev.switchyard.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class AccountSelectionPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private final AccountSelectionPolicy policy = new AccountSelectionPolicy();

    private static PooledAccount member(String id) {
        return new PooledAccount(Account.of(AccountId.of(id), null), AccountHealth.fresh());
    }

    @Test
    void candidates_are_the_selectable_accounts_in_id_order() {
        PooledAccount cooling = member("b").apply(new HealthChange.Failed(UpstreamFailure.RATE_LIMITED, NOW.plusSeconds(1), NOW));
        List<Account> candidates = policy.candidates(List.of(member("c"), cooling, member("a")), Set.of(), NOW);

        assertThat(candidates).extracting(account -> account.id().value()).containsExactly("a", "c");
    }

    @Test
    void already_tried_accounts_are_skipped() {
        List<Account> candidates = policy.candidates(List.of(member("a"), member("b")), Set.of(AccountId.of("a")), NOW);

        assertThat(candidates).extracting(account -> account.id().value()).containsExactly("b");
    }

    @Test
    void consecutive_tickets_go_round_the_candidates() {
        List<Account> candidates = policy.candidates(List.of(member("a"), member("b"), member("c")), Set.of(), NOW);

        List<String> picks = LongStream.rangeClosed(-1, 4).mapToObj(ticket -> policy.pick(candidates, ticket).id().value()).toList();

        assertThat(picks).containsExactly("c", "a", "b", "c", "a", "b");
    }
}
