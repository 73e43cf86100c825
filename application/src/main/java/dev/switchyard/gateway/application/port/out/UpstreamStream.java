package dev.switchyard.gateway.application.port.out;

import java.time.Duration;

/**
 * The assistant's reply as it streams in. One thread reads; {@link #close()} may come from any
 * thread at any time and cancels the upstream call at once.
 */
public interface UpstreamStream extends AutoCloseable {

    /** Waits up to {@code wait} for the next event; never blocks longer, never throws for upstream trouble. */
    UpstreamRead read(Duration wait);

    /** Cancels the call (idempotent); a read after it reports the stream broken. */
    @Override
    void close();
}
