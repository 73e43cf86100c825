package dev.switchyard.gateway.adapter.http.upstream;

import dev.switchyard.gateway.application.port.out.UpstreamRead;
import dev.switchyard.gateway.application.port.out.UpstreamStream;
import dev.switchyard.gateway.domain.UpstreamFailure;
import io.micronaut.json.JsonMapper;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.eventstream.Message;

/**
 * Kiro's answer body as the reader pulls it. The HTTP client pushes body chunks here one at a time
 * (the next is requested only after the reader took the previous, so a slow client slows the upstream
 * rather than filling memory); the reader reassembles frames split across chunks ({@link KiroFrameBuffer}) and
 * decodes them with the AWS event-stream codec (CRCs checked) and translates the messages into assistant events.
 * No data for the idle timeout ends the stream; {@link #close()} cancels the HTTP exchange at once.
 */
final class KiroEventStream implements UpstreamStream, Flow.Subscriber<List<ByteBuffer>> {

    private static final Object END = new Object();
    private static final Object CLOSED = new Object();

    private final LinkedBlockingQueue<Object> arrivals = new LinkedBlockingQueue<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ArrayDeque<UpstreamRead> ready = new ArrayDeque<>();
    private final List<Message> decoded = new ArrayList<>();
    private final KiroFrameBuffer frames = new KiroFrameBuffer();
    private final KiroEventTranslator translator;
    private final Duration idleTimeout;
    private volatile Flow.Subscription subscription;
    private long lastDataAt = System.nanoTime();
    private UpstreamRead terminal;

    KiroEventStream(JsonMapper json, KiroRequest request, Duration idleTimeout) {
        this.translator = new KiroEventTranslator(json, request.toolNames(), request.thinkingRequested(),
                event -> ready.add(new UpstreamRead.Event(event)));
        this.idleTimeout = idleTimeout;
    }

    // --- the HTTP client's side -----------------------------------------------------------------

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (closed.get()) {
            subscription.cancel();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> chunk) {
        arrivals.add(chunk);
    }

    @Override
    public void onError(Throwable failure) {
        arrivals.add(failure);
    }

    @Override
    public void onComplete() {
        arrivals.add(END);
    }

    // --- the reader's side ----------------------------------------------------------------------

    @Override
    public UpstreamRead read(Duration wait) {
        if (closed.get()) {
            return new UpstreamRead.Broken(UpstreamFailure.STREAM_BROKEN, "cancelled", false);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            UpstreamRead next = ready.poll();
            if (next != null) {
                return next;
            }
            if (terminal != null) {
                return terminal;
            }
            long now = System.nanoTime();
            long idleDeadline = lastDataAt + idleTimeout.toNanos();
            Object arrival;
            try {
                arrival = arrivals.poll(Math.max(0, Math.min(deadline, idleDeadline) - now), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return end(new UpstreamRead.Broken(UpstreamFailure.STREAM_BROKEN, "interrupted", false));
            }
            if (arrival == null) {
                if (System.nanoTime() - idleDeadline >= 0) {
                    return end(new UpstreamRead.Broken(UpstreamFailure.TIMEOUT,
                            "no data from Kiro for " + idleTimeout.toSeconds() + " s", false));
                }
                return UpstreamRead.QUIET;
            }
            take(arrival);
        }
    }

    @SuppressWarnings("unchecked")
    private void take(Object arrival) {
        if (arrival == CLOSED) {
            terminal = new UpstreamRead.Broken(UpstreamFailure.STREAM_BROKEN, "cancelled", false);
        } else if (arrival == END) {
            translator.finish();
            terminal = decoderHoldsAPartialFrame()
                    ? new UpstreamRead.Broken(UpstreamFailure.STREAM_BROKEN, "Kiro's stream ended inside a frame", false)
                    : UpstreamRead.ENDED;
        } else if (arrival instanceof Throwable failure) {
            terminal = new UpstreamRead.Broken(UpstreamFailure.STREAM_BROKEN,
                    "the connection to Kiro broke: " + failure.getClass().getSimpleName(), false);
        } else {
            lastDataAt = System.nanoTime();
            decode((List<ByteBuffer>) arrival);
            if (terminal == null) {
                subscription.request(1);
            } else {
                cancel();
            }
        }
    }

    private void decode(List<ByteBuffer> chunk) {
        for (ByteBuffer buffer : chunk) {
            try {
                frames.feed(buffer, decoded::add);
            } catch (RuntimeException corrupt) {
                translator.finish();
                terminal = new UpstreamRead.Broken(UpstreamFailure.STREAM_BROKEN,
                        "corrupt event-stream frame from Kiro: " + corrupt.getMessage(), false);
            }
            for (Message message : decoded) {
                if (terminal == null) {
                    translator.accept(message).ifPresent(end -> terminal = end);
                }
            }
            decoded.clear();
            if (terminal != null) {
                return;
            }
        }
    }

    private boolean decoderHoldsAPartialFrame() {
        return frames.holdsPartialFrame();
    }

    private UpstreamRead end(UpstreamRead end) {
        terminal = end;
        cancel();
        return end;
    }

    private void cancel() {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            cancel();
            arrivals.add(CLOSED);
        }
    }
}
