package dev.switchyard.bench.gatewayapi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throughput of short streams: callers send streamed requests back to back (the simulator's default
 * reply, a few text chunks without pauses), each read to {@code message_stop}.
 */
final class ShortStreams {

    record Result(int completed, int failed, double perSecond, List<String> firstFailures) {
    }

    private ShortStreams() {
    }

    static Result run(Probes probes, int callers, Duration duration) throws InterruptedException {
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            int caller = c;
            threads.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; System.nanoTime() < end; i++) {
                    try {
                        probes.viaGateway("short " + caller + "-" + i);
                        completed.incrementAndGet();
                    } catch (Exception e) {
                        if (failed.incrementAndGet() <= 3) {
                            failures.add(e.toString());
                        }
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(completed.get(), failed.get(), completed.get() / seconds, List.copyOf(failures));
    }
}
