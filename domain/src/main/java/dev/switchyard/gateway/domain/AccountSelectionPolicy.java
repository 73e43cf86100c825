package dev.switchyard.gateway.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Round robin over the accounts selectable now. Candidates are ordered by id so that every replica
 * that sees the same pool maps the shared counter ({@code INCR kiro:round-robin-counter}) to the
 * same account, as the Go port of the Node service does.
 */
public final class AccountSelectionPolicy {

    private static final Comparator<Account> BY_ID = Comparator.comparing(account -> account.id().value());

    /** The accounts that may take the next call, in round-robin order. */
    public List<Account> candidates(Collection<PooledAccount> pool, Set<AccountId> alreadyTried, Instant now) {
        return pool.stream()
                .filter(member -> member.health().selectableAt(now))
                .filter(member -> !alreadyTried.contains(member.id()))
                .map(PooledAccount::account)
                .sorted(BY_ID)
                .toList();
    }

    /** The candidate for round-robin ticket {@code ticket} (any long, e.g. a counter value). */
    public Account pick(List<Account> candidates, long ticket) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidates to pick from");
        }
        return candidates.get((int) Math.floorMod(ticket, (long) candidates.size()));
    }
}
