package dev.switchyard.gateway.adapter.redis;

import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.HealthChange;
import dev.switchyard.gateway.domain.PooledAccount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Health changes recorded here and not yet part of the pool as last read from Redis: waiting to
 * be written (also while Redis is away), being written, or written after that read was sent. The
 * pool this replica serves is the last read with these applied on top, so its own changes count
 * at once and none is lost or counted twice when a newer read arrives.
 */
final class PendingChanges {

    private enum State { WAITING, WRITING, WRITTEN }

    private static final class Entry {
        private HealthChange change;
        private State state = State.WAITING;
        private long writtenAtNanos;

        Entry(HealthChange change) {
            this.change = change;
        }
    }

    private final Map<AccountId, List<Entry>> byAccount = new HashMap<>();
    /** Changes on every mutation, so a view computed from these changes can tell it is still current without the lock. */
    private final AtomicLong version = new AtomicLong();
    private final int maxPerAccount;
    private long dropped;

    PendingChanges(int maxPerAccount) {
        this.maxPerAccount = maxPerAccount;
    }

    /** Records a change; a success right after a waiting success merges with it. */
    synchronized void add(AccountId account, HealthChange change) {
        version.incrementAndGet();
        List<Entry> entries = byAccount.computeIfAbsent(account, id -> new ArrayList<>());
        if (!entries.isEmpty() && change instanceof HealthChange.Succeeded success) {
            Entry last = entries.getLast();
            if (last.state == State.WAITING && last.change instanceof HealthChange.Succeeded earlier) {
                last.change = earlier.plus(success);
                return;
            }
        }
        entries.add(new Entry(change));
        if (entries.stream().filter(entry -> entry.state == State.WAITING).count() > maxPerAccount) {
            for (Iterator<Entry> oldest = entries.iterator(); oldest.hasNext(); ) {
                if (oldest.next().state == State.WAITING) {
                    oldest.remove();
                    dropped++;
                    break;
                }
            }
        }
    }

    /** Accounts with changes waiting to be written. */
    synchronized List<AccountId> waitingAccounts() {
        return byAccount.entrySet().stream()
                .filter(account -> account.getValue().stream().anyMatch(entry -> entry.state == State.WAITING))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Takes the account's waiting changes, in order, for one write. */
    synchronized List<HealthChange> takeWaiting(AccountId account) {
        version.incrementAndGet();
        List<HealthChange> batch = new ArrayList<>();
        for (Entry entry : byAccount.getOrDefault(account, List.of())) {
            if (entry.state == State.WAITING) {
                entry.state = State.WRITING;
                batch.add(entry.change);
            }
        }
        return batch;
    }

    /** The changes being written are in Redis now; Redis acknowledged the write at {@code acknowledgedAtNanos}. */
    synchronized void written(AccountId account, long acknowledgedAtNanos) {
        version.incrementAndGet();
        for (Entry entry : byAccount.getOrDefault(account, List.of())) {
            if (entry.state == State.WRITING) {
                entry.state = State.WRITTEN;
                entry.writtenAtNanos = acknowledgedAtNanos;
            }
        }
    }

    /** The write did not happen: the changes wait for the next one. */
    synchronized void notWritten(AccountId account) {
        version.incrementAndGet();
        for (Entry entry : byAccount.getOrDefault(account, List.of())) {
            if (entry.state == State.WRITING) {
                entry.state = State.WAITING;
            }
        }
    }

    /** The account is gone from the pool: its changes have nothing left to change. */
    synchronized void discard(AccountId account) {
        version.incrementAndGet();
        byAccount.remove(account);
    }

    /** Forgets written changes that a read sent at {@code sentAtNanos} already contains. */
    synchronized void containedIn(long sentAtNanos) {
        version.incrementAndGet();
        for (Iterator<List<Entry>> accounts = byAccount.values().iterator(); accounts.hasNext(); ) {
            List<Entry> entries = accounts.next();
            entries.removeIf(entry -> entry.state == State.WRITTEN && entry.writtenAtNanos - sentAtNanos < 0);
            if (entries.isEmpty()) {
                accounts.remove();
            }
        }
    }

    /** The pool of {@code snapshot} with every change it does not contain applied on top. */
    synchronized Map<AccountId, PooledAccount> applyTo(PoolSnapshot snapshot) {
        Map<AccountId, PooledAccount> accounts = new LinkedHashMap<>(snapshot.accounts());
        byAccount.forEach((account, entries) -> accounts.computeIfPresent(account, (id, member) -> {
            PooledAccount current = member;
            for (Entry entry : entries) {
                if (entry.state != State.WRITTEN || entry.writtenAtNanos - snapshot.sentAtNanos() >= 0) {
                    current = current.apply(entry.change);
                }
            }
            return current;
        }));
        return accounts;
    }

    long version() {
        return version.get();
    }

    /** Changes not yet in Redis (waiting or being written). */
    synchronized int unwritten() {
        return (int) byAccount.values().stream().flatMap(List::stream).filter(entry -> entry.state != State.WRITTEN).count();
    }

    synchronized long dropped() {
        return dropped;
    }
}
