package dev.switchyard.bootstrap;

import ch.qos.logback.classic.LoggerContext;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.slf4j.LoggerFactory;

/**
 * Log lines go through logback's asynchronous appender (request threads only queue them). Its writer is a
 * daemon thread, so the JVM could exit with the tail of the queue unwritten: this shutdown hook waits
 * until the application context has stopped (Micronaut's own hook stops it), then stops logback, which
 * drains the queue.
 */
final class FlushLogsAtExit {

    /** Beyond the graceful shutdown's 30 s: the context's stop always ends before this. */
    private static final Duration CONTEXT_STOP_WAIT = Duration.ofSeconds(45);
    private static final Duration POLL = Duration.ofMillis(20);

    private FlushLogsAtExit() {
    }

    static void register(ApplicationContext context) {
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("flush-logs")
                .unstarted(() -> stopLoggingAfter(context::isRunning, FlushLogsAtExit::stopLogback, CONTEXT_STOP_WAIT)));
    }

    /** Waits while {@code running} holds, at most {@code atMost}, then stops logging. */
    static void stopLoggingAfter(BooleanSupplier running, Runnable stopLogging, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (running.getAsBoolean() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(POLL.toNanos());
        }
        stopLogging.run();
    }

    private static void stopLogback() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.stop();
        }
    }
}
