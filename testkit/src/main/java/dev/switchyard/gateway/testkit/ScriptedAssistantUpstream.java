package dev.switchyard.gateway.testkit;

import dev.switchyard.gateway.application.port.out.AssistantUpstream;
import dev.switchyard.gateway.application.port.out.UpstreamCall;
import dev.switchyard.gateway.application.port.out.UpstreamOpening;
import dev.switchyard.gateway.application.port.out.UpstreamRead;
import dev.switchyard.gateway.application.port.out.UpstreamStream;
import dev.switchyard.gateway.domain.UpstreamFailure;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The in-memory twin of the Kiro adapter: each call plays the next queued {@link UpstreamScenario}
 * (a default reply when none is queued) with the same outcomes the adapter gives for what Kiro sends,
 * including its idle timeout. Records every call.
 */
public final class ScriptedAssistantUpstream implements AssistantUpstream {

    private final ConcurrentLinkedQueue<UpstreamScenario> scenarios = new ConcurrentLinkedQueue<>();
    private final List<UpstreamCall> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger closedStreams = new AtomicInteger();
    private final Duration idleTimeout;
    private volatile UpstreamScenario otherwise = UpstreamScenario.reply().text("Hello from the scripted upstream.");

    public ScriptedAssistantUpstream() {
        this(Duration.ofMinutes(2));
    }

    public ScriptedAssistantUpstream(Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    public ScriptedAssistantUpstream enqueue(UpstreamScenario... next) {
        scenarios.addAll(List.of(next));
        return this;
    }

    public ScriptedAssistantUpstream otherwise(UpstreamScenario scenario) {
        this.otherwise = scenario;
        return this;
    }

    public List<UpstreamCall> calls() {
        return List.copyOf(calls);
    }

    /** Streams that were cancelled before they ended. */
    public int cancelledStreams() {
        return closedStreams.get();
    }

    @Override
    public UpstreamOpening open(UpstreamCall call) {
        calls.add(call);
        UpstreamScenario scenario = Optional.ofNullable(scenarios.poll()).orElse(otherwise);
        return switch (scenario) {
            case UpstreamScenario.Refusal refusal ->
                    new UpstreamOpening.Refused(refusal.failure(), refusal.retryAfter(), "scripted " + refusal.failure());
            case UpstreamScenario.Reply reply -> new UpstreamOpening.Opened(new Playback(reply.items()));
        };
    }

    private final class Playback implements UpstreamStream {

        private final Deque<UpstreamScenario.Item> items;
        private final CountDownLatch closed = new CountDownLatch(1);
        private Duration silenceLeft = Duration.ZERO;
        private Duration silentFor = Duration.ZERO;
        private volatile UpstreamRead terminal;

        Playback(List<UpstreamScenario.Item> items) {
            this.items = new ArrayDeque<>(items);
        }

        @Override
        public UpstreamRead read(Duration wait) {
            if (closed.getCount() == 0) {
                return new UpstreamRead.Broken(UpstreamFailure.STREAM_BROKEN, "cancelled", false);
            }
            if (terminal != null) {
                return terminal;
            }
            while (true) {
                if (silenceLeft.isPositive()) {
                    Duration idleLeft = idleTimeout.minus(silentFor);
                    Duration step = min(min(silenceLeft, wait), idleLeft);
                    if (pause(step)) {
                        return read(Duration.ZERO);
                    }
                    silenceLeft = silenceLeft.minus(step);
                    silentFor = silentFor.plus(step);
                    if (!silentFor.minus(idleTimeout).isNegative()) {
                        terminal = new UpstreamRead.Broken(UpstreamFailure.TIMEOUT,
                                "no data for " + idleTimeout.toMillis() + " ms", false);
                        return terminal;
                    }
                    if (silenceLeft.isPositive()) {
                        return UpstreamRead.QUIET;
                    }
                    continue;
                }
                UpstreamScenario.Item item = items.poll();
                if (item == null) {
                    terminal = UpstreamRead.ENDED;
                    return terminal;
                }
                switch (item) {
                    case UpstreamScenario.Item.Emit emit -> {
                        silentFor = Duration.ZERO;
                        return new UpstreamRead.Event(emit.event());
                    }
                    case UpstreamScenario.Item.Silence silence -> silenceLeft = silence.duration();
                    case UpstreamScenario.Item.Hold hold -> {
                        if (!released(hold.latch(), wait)) {
                            items.addFirst(hold);
                            return closed.getCount() == 0 ? read(Duration.ZERO) : UpstreamRead.QUIET;
                        }
                    }
                    case UpstreamScenario.Item.UpstreamError error -> {
                        terminal = new UpstreamRead.Broken(error.failure(), "scripted " + error.failure(), true);
                        return terminal;
                    }
                    case UpstreamScenario.Item.Corruption corruption -> {
                        terminal = new UpstreamRead.Broken(UpstreamFailure.STREAM_BROKEN, "corrupt frame", false);
                        return terminal;
                    }
                }
            }
        }

        /** Waits {@code duration} unless the stream is closed first; true when it was. */
        private boolean pause(Duration duration) {
            try {
                return closed.await(duration.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }

        private boolean released(CountDownLatch latch, Duration wait) {
            long deadline = System.nanoTime() + wait.toNanos();
            try {
                while (closed.getCount() > 0) {
                    long left = deadline - System.nanoTime();
                    if (latch.await(Math.min(Math.max(left, 0), TimeUnit.MILLISECONDS.toNanos(20)), TimeUnit.NANOSECONDS)) {
                        return true;
                    }
                    if (left <= 0) {
                        return false;
                    }
                }
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public void close() {
            if (closed.getCount() > 0) {
                closed.countDown();
                if (terminal == null) {
                    closedStreams.incrementAndGet();
                }
            }
        }

        private static Duration min(Duration a, Duration b) {
            return a.compareTo(b) <= 0 ? a : b;
        }
    }
}
