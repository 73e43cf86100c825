package dev.switchyard.messaging.testkit;

import dev.switchyard.messaging.application.port.out.DeadLetterStore;
import dev.switchyard.messaging.domain.DeadLetter;
import dev.switchyard.messaging.domain.DeadLetterId;
import dev.switchyard.messaging.domain.StoredDeadLetter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link DeadLetterStore} in memory: ids ascend, one live dead letter per idempotency key. */
public final class InMemoryDeadLetterStore implements DeadLetterStore {

    private final TreeMap<Long, StoredDeadLetter> letters = new TreeMap<>();
    private long nextId = 1;

    @Override
    public synchronized void add(DeadLetter letter) {
        if (letter.content() instanceof DeadLetter.Message message && letters.values().stream()
                .anyMatch(stored -> stored.letter().content() instanceof DeadLetter.Message other
                        && other.event().idempotencyKey().equals(message.event().idempotencyKey()))) {
            return;
        }
        long id = nextId++;
        letters.put(id, new StoredDeadLetter(DeadLetterId.of(id), letter));
    }

    @Override
    public synchronized Optional<StoredDeadLetter> find(DeadLetterId id) {
        return Optional.ofNullable(letters.get(id.value()));
    }

    @Override
    public synchronized List<StoredDeadLetter> list(long after, int limit) {
        return letters.tailMap(after, false).values().stream().limit(limit).toList();
    }

    @Override
    public synchronized boolean delete(DeadLetterId id) {
        return letters.remove(id.value()) != null;
    }

    @Override
    public synchronized int deleteOlderThan(Instant cutoff) {
        List<Long> old = letters.values().stream()
                .filter(stored -> stored.letter().deadLetteredAt().isBefore(cutoff))
                .map(stored -> stored.id().value())
                .toList();
        old.forEach(letters::remove);
        return old.size();
    }

    @Override
    public synchronized long count() {
        return letters.size();
    }
}
