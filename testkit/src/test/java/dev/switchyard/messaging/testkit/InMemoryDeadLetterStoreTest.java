package dev.switchyard.messaging.testkit;

import dev.switchyard.messaging.application.port.out.DeadLetterStore;

class InMemoryDeadLetterStoreTest extends DeadLetterStoreContract {

    private final InMemoryDeadLetterStore store = new InMemoryDeadLetterStore();

    @Override
    protected DeadLetterStore store() {
        return store;
    }
}
