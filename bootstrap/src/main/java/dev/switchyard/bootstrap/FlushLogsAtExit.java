package dev.switchyard.bootstrap;

import ch.qos.logback.classic.LoggerContext;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.LoggerFactory;

/**
 * Log lines go through logback's asynchronous appender (request threads only queue them). Its writer is a
 * daemon thread, so the JVM would exit with the tail of the queue unwritten: this shutdown hook waits
 * until the application context has stopped (Micronaut's own hook stops it), then stops logback, which
 * drains the queue.
 */
final class FlushLogsAtExit {

    /** Beyond the graceful shutdown's 30 s: the context's stop always ends before this. */
    private static final Duration CONTEXT_STOP_WAIT = Duration.ofSeconds(45);

    private FlushLogsAtExit() {
    }

    static void register(ApplicationContext context) {
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("flush-logs").unstarted(() -> flushAfterStop(context)));
    }

    private static void flushAfterStop(ApplicationContext context) {
        long deadline = System.nanoTime() + CONTEXT_STOP_WAIT.toNanos();
        while (context.isRunning() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.stop();
        }
    }
}
