package dev.switchyard.shared.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Beans every feature's wiring uses. */
@Factory
final class SharedWiring {

    /** The one wall clock of the process; the core only ever sees it injected. */
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
