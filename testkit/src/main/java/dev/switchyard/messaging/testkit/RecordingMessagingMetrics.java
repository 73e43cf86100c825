package dev.switchyard.messaging.testkit;

import dev.switchyard.messaging.application.port.out.MessagingMetrics;
import dev.switchyard.messaging.domain.FailureKind;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts every metric call under a name such as {@code enqueue.failed:queue_unavailable} or {@code processed}. */
public final class RecordingMessagingMetrics implements MessagingMetrics {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, Long> gauges = new ConcurrentHashMap<>();

    public long count(String name) {
        LongAdder adder = counts.get(name);
        return adder == null ? 0 : adder.sum();
    }

    private void add(String name, long amount) {
        counts.computeIfAbsent(name, ignored -> new LongAdder()).add(amount);
    }

    @Override
    public void enqueueAttempted() {
        add("enqueue.attempted", 1);
    }

    @Override
    public void enqueueSucceeded() {
        add("enqueue.succeeded", 1);
    }

    @Override
    public void enqueueReplayed() {
        add("enqueue.replayed", 1);
    }

    @Override
    public void enqueueFailed(String reason) {
        add("enqueue.failed:" + reason, 1);
    }

    @Override
    public void dequeued(int count) {
        add("dequeued", count);
    }

    @Override
    public void processed(int count) {
        add("processed", count);
    }

    @Override
    public void duplicates(int count) {
        add("duplicates", count);
    }

    @Override
    public void failed(FailureKind kind) {
        add("failed:" + kind.name().toLowerCase(), 1);
    }

    @Override
    public void retryScheduled() {
        add("retry.scheduled", 1);
    }

    @Override
    public void deadLettered() {
        add("dead.lettered", 1);
    }

    @Override
    public void queueState(long backlog, long pendingRetries, long deadLetters) {
        gauges.put("backlog", backlog);
        gauges.put("pending.retries", pendingRetries);
        gauges.put("dead.letters", deadLetters);
    }

    /** The last value of a gauge ({@code backlog}, {@code pending.retries}, {@code dead.letters}), if set. */
    public Long gauge(String name) {
        return gauges.get(name);
    }
}
