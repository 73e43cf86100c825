package dev.switchyard.bench.gateway;

import io.lettuce.core.metrics.CommandLatencyRecorder;
import io.lettuce.core.protocol.ProtocolKeyword;
import java.net.SocketAddress;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every command the client sent and got an answer to (a round trip), by type, with its completion
 * latency as Lettuce measures it (sent → answer decoded). Plugged into Lettuce's {@code ClientResources}.
 */
final class RoundTrips implements CommandLatencyRecorder {

    private static final int CAPACITY = 1 << 23;

    private final Map<String, LongAdder> byCommand = new ConcurrentHashMap<>();
    private final long[] latencies = new long[CAPACITY];
    private final AtomicInteger recorded = new AtomicInteger();
    private volatile boolean counting;

    @Override
    public void recordCommandLatency(SocketAddress local, SocketAddress remote, ProtocolKeyword commandType,
            long firstResponseLatency, long completionLatency) {
        if (!counting) {
            return;
        }
        byCommand.computeIfAbsent(commandType.toString(), name -> new LongAdder()).increment();
        int slot = recorded.getAndIncrement();
        if (slot < CAPACITY) {
            latencies[slot] = completionLatency;
        }
    }

    void start() {
        byCommand.clear();
        recorded.set(0);
        counting = true;
    }

    void stop() {
        counting = false;
    }

    Map<String, Long> byCommand() {
        Map<String, Long> counts = new TreeMap<>();
        byCommand.forEach((name, count) -> counts.put(name, count.sum()));
        return counts;
    }

    long total() {
        return byCommand.values().stream().mapToLong(LongAdder::sum).sum();
    }

    long[] sortedLatencies() {
        long[] copy = Arrays.copyOf(latencies, Math.min(CAPACITY, recorded.get()));
        Arrays.sort(copy);
        return copy;
    }
}
