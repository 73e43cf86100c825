package dev.switchyard.testkit.await;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for an asynchronous outcome: checks a condition every few milliseconds until it holds or a
 * deadline passes (Awaitility does not resolve on this machine's mirror). The failure names what was awaited.
 */
public final class Poll {

    private static final Duration INTERVAL = Duration.ofMillis(20);

    private Poll() {
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for: " + what);
            }
            LockSupport.parkNanos(INTERVAL.toNanos());
        }
    }

    /** Re-runs {@code assertion} until it stops throwing {@link AssertionError}; rethrows the last one at the deadline. */
    public static void untilAsserted(Duration timeout, Runnable assertion) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() - deadline > 0) {
                    throw notYet;
                }
            }
            LockSupport.parkNanos(INTERVAL.toNanos());
        }
    }

    /** Polls {@code value} until it is non-null and returns it. */
    public static <T> T forValue(String what, Duration timeout, Supplier<T> value) {
        Object[] holder = new Object[1];
        until(what, timeout, () -> (holder[0] = value.get()) != null);
        @SuppressWarnings("unchecked")
        T result = (T) holder[0];
        return result;
    }
}
