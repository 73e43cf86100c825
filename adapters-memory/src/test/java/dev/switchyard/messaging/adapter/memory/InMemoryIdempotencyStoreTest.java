package dev.switchyard.messaging.adapter.memory;

import dev.switchyard.messaging.application.port.out.IdempotencyStore;
import dev.switchyard.messaging.testkit.IdempotencyStoreContract;

class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {

    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore(10_000);

    @Override
    protected IdempotencyStore store() {
        return store;
    }
}
