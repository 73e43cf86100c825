package dev.switchyard.gateway.application.port.out;

import dev.switchyard.gateway.domain.UpstreamFailure;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** How the upstream answered a call before its reply started: a stream, or a refusal. */
public sealed interface UpstreamOpening {

    /** The upstream accepted the call (HTTP 200); the reply streams from here. */
    record Opened(UpstreamStream stream) implements UpstreamOpening {
        public Opened {
            Objects.requireNonNull(stream, "stream");
        }
    }

    /**
     * The call failed before any of the reply: {@code retryAfter} is the upstream's hint when it gave
     * one; {@code detail} is the upstream's message, safe to log and to show the client.
     */
    record Refused(UpstreamFailure failure, Optional<Duration> retryAfter, String detail) implements UpstreamOpening {
        public Refused {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(retryAfter, "retryAfter");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
