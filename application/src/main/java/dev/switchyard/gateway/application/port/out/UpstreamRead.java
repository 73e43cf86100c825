package dev.switchyard.gateway.application.port.out;

import dev.switchyard.gateway.domain.UpstreamFailure;
import dev.switchyard.gateway.domain.reply.AssistantEvent;
import java.util.Objects;

/** What one read of an {@link UpstreamStream} gave. {@link Ended} and {@link Broken} are final. */
public sealed interface UpstreamRead {

    Quiet QUIET = new Quiet();
    Ended ENDED = new Ended();

    record Event(AssistantEvent event) implements UpstreamRead {
        public Event {
            Objects.requireNonNull(event, "event");
        }
    }

    /** Nothing arrived within the wait; the stream is still open. */
    record Quiet() implements UpstreamRead {
    }

    /** The reply is complete. */
    record Ended() implements UpstreamRead {
    }

    /**
     * The reply cannot continue. {@code reportedByUpstream} is true when the upstream itself sent an
     * error in the stream (which, after complete output, may be a harmless trailing one); false when
     * the transport broke, the data was corrupt, or it went silent too long.
     */
    record Broken(UpstreamFailure failure, String detail, boolean reportedByUpstream) implements UpstreamRead {
        public Broken {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
