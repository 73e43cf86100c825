package dev.switchyard.gateway.application.port.in;

import dev.switchyard.gateway.domain.UpstreamFailure;
import dev.switchyard.gateway.domain.reply.AssistantEvent;
import dev.switchyard.gateway.domain.reply.ReplyBlock;
import dev.switchyard.gateway.domain.reply.StopReason;
import dev.switchyard.gateway.domain.reply.Usage;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Every result says how many times the request switched to another account ({@code failovers}). */
public sealed interface SendMessageResult {

    int failovers();

    /** The whole reply (non-streaming requests). */
    record Completed(List<ReplyBlock> content, StopReason stopReason, Usage usage, int failovers)
            implements SendMessageResult {
        public Completed {
            content = List.copyOf(content);
            Objects.requireNonNull(stopReason, "stopReason");
            Objects.requireNonNull(usage, "usage");
        }
    }

    /**
     * The upstream accepted the call: the reply streams through {@code events}. {@code initialUsage}
     * is the prompt estimate, for the stream's opening; the final usage comes with {@link Read.Finished}.
     */
    record Streaming(Usage initialUsage, Events events, int failovers) implements SendMessageResult {
        public Streaming {
            Objects.requireNonNull(initialUsage, "initialUsage");
            Objects.requireNonNull(events, "events");
        }
    }

    /** The upstream refused (after any switches it allowed); {@code detail} is safe to show the client. */
    record Failed(UpstreamFailure failure, String detail, Optional<Duration> retryAfter, int failovers)
            implements SendMessageResult {
        public Failed {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    /** No account of the pool could take the call. */
    record NoAccount(String detail, int failovers) implements SendMessageResult {
        public NoAccount {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** A streaming reply. One thread reads; {@link #close()} may come from any thread and cancels the upstream. */
    interface Events extends AutoCloseable {

        /** Waits up to {@code wait}; after {@link Read.Finished} or {@link Read.Broken} every read repeats it. */
        Read next(Duration wait);

        @Override
        void close();
    }

    sealed interface Read {

        /** Text, thinking or a tool call's start, input fragment or stop. */
        record Next(AssistantEvent event) implements Read {
            public Next {
                Objects.requireNonNull(event, "event");
            }
        }

        /** Nothing within the wait; the reply is still coming. */
        record Quiet() implements Read {
        }

        record Finished(StopReason stopReason, Usage usage) implements Read {
            public Finished {
                Objects.requireNonNull(stopReason, "stopReason");
                Objects.requireNonNull(usage, "usage");
            }
        }

        /** The reply broke off after it had started: too late to switch accounts. */
        record Broken(UpstreamFailure failure, String detail) implements Read {
            public Broken {
                Objects.requireNonNull(failure, "failure");
                Objects.requireNonNull(detail, "detail");
            }
        }
    }
}
