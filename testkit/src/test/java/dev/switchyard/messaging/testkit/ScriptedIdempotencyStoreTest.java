package dev.switchyard.messaging.testkit;

import dev.switchyard.messaging.application.port.out.IdempotencyStore;
import java.time.Clock;

class ScriptedIdempotencyStoreTest extends IdempotencyStoreContract {

    private final ScriptedIdempotencyStore store = new ScriptedIdempotencyStore(Clock.systemUTC());

    @Override
    protected IdempotencyStore store() {
        return store;
    }
}
