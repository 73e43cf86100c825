package dev.switchyard.gateway.adapter.http.api;

import dev.switchyard.gateway.application.port.in.SendMessageResult.Events;
import dev.switchyard.gateway.application.port.in.SendMessageResult.Read;
import dev.switchyard.gateway.domain.UpstreamFailure;
import dev.switchyard.gateway.domain.reply.AssistantEvent;
import dev.switchyard.gateway.domain.reply.StopReason;
import dev.switchyard.gateway.domain.reply.Usage;
import io.micronaut.http.sse.Event;
import io.micronaut.json.tree.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * A streaming reply as Anthropic's SSE sequence: {@code message_start}, per block
 * {@code content_block_start} / {@code content_block_delta}s / {@code content_block_stop} (text, thinking
 * and tool_use blocks each get their own index), {@code message_delta} with the stop reason and usage,
 * {@code message_stop}; {@code ping} while the upstream is quiet; an {@code error} event if the reply
 * breaks. One virtual thread per stream reads the reply and waits while the client is not reading;
 * the client going away closes the reply, which cancels the upstream call.
 */
final class SseReply {

    private static final Logger LOG = LoggerFactory.getLogger(SseReply.class);

    private final MessageJson json;
    private final Duration pingInterval;
    private final MessagesMetrics metrics;

    SseReply(MessageJson json, Duration pingInterval, MessagesMetrics metrics) {
        this.json = json;
        this.pingInterval = pingInterval;
        this.metrics = metrics;
    }

    Flux<Event<String>> stream(String model, Usage initialUsage, Events events) {
        return Flux.create(sink -> {
            Pump pump = new Pump(sink, model, initialUsage, events);
            sink.onRequest(ignored -> pump.wake());
            sink.onDispose(pump::cancel);
            Thread.ofVirtual().name("sse-reply").start(pump);
        }, FluxSink.OverflowStrategy.BUFFER);
    }

    private final class Pump implements Runnable {

        private final FluxSink<Event<String>> sink;
        private final String model;
        private final Usage initialUsage;
        private final Events events;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private volatile Thread thread;
        private int nextIndex;
        private OpenBlock open = OpenBlock.NONE;
        private String openToolId;

        Pump(FluxSink<Event<String>> sink, String model, Usage initialUsage, Events events) {
            this.sink = sink;
            this.model = model;
            this.initialUsage = initialUsage;
            this.events = events;
        }

        void wake() {
            Thread current = thread;
            if (current != null) {
                LockSupport.unpark(current);
            }
        }

        void cancel() {
            if (cancelled.compareAndSet(false, true)) {
                events.close();
                wake();
            }
        }

        @Override
        public void run() {
            thread = Thread.currentThread();
            metrics.streamOpened();
            try {
                send("message_start", JsonTree.obj("type", "message_start",
                        "message", json.message(MessageJson.newMessageId(), model, List.of(), null, initialUsage)));
                boolean going = true;
                while (going && !cancelled.get()) {
                    awaitDemand();
                    if (cancelled.get()) {
                        break;
                    }
                    going = handle(events.next(pingInterval));
                }
            } catch (RuntimeException unexpected) {
                LOG.error("a streaming reply failed", unexpected);
                error(new ApiError(io.micronaut.http.HttpStatus.INTERNAL_SERVER_ERROR, "api_error", "internal error"));
            } finally {
                events.close();
                sink.complete();
                metrics.streamClosed();
            }
        }

        /** Waits while the client has not asked for more (the upstream is then not read either). */
        private void awaitDemand() {
            while (sink.requestedFromDownstream() <= 0 && !cancelled.get() && !sink.isCancelled()) {
                LockSupport.parkNanos(this, Duration.ofMillis(100).toNanos());
            }
        }

        /** Returns false when the reply is over. */
        private boolean handle(Read read) {
            switch (read) {
                case Read.Next(AssistantEvent event) -> event(event);
                case Read.Quiet ignored -> send("ping", JsonTree.obj("type", "ping"));
                case Read.Finished(StopReason stopReason, Usage usage) -> {
                    closeBlock();
                    send("message_delta", JsonTree.obj("type", "message_delta",
                            "delta", JsonTree.obj("stop_reason", stopReason.wireName(), "stop_sequence", null),
                            "usage", MessageJson.usage(usage)));
                    send("message_stop", JsonTree.obj("type", "message_stop"));
                    return false;
                }
                case Read.Broken(UpstreamFailure failure, String detail) -> {
                    metrics.streamBroken(failure);
                    closeBlock();
                    error(ApiError.of(failure, detail));
                    return false;
                }
            }
            return true;
        }

        private void event(AssistantEvent event) {
            switch (event) {
                case AssistantEvent.TextDelta(String text) -> {
                    ensure(OpenBlock.TEXT, () -> JsonTree.obj("type", "text", "text", ""));
                    delta(JsonTree.obj("type", "text_delta", "text", text));
                }
                case AssistantEvent.ThinkingDelta(String thinking) -> {
                    ensure(OpenBlock.THINKING, () -> JsonTree.obj("type", "thinking", "thinking", "", "signature", ""));
                    delta(JsonTree.obj("type", "thinking_delta", "thinking", thinking));
                }
                case AssistantEvent.ToolUseStarted(String id, String name) -> {
                    closeBlock();
                    start(OpenBlock.TOOL_USE, JsonTree.obj("type", "tool_use", "id", id, "name", name,
                            "input", JsonTree.obj()));
                    openToolId = id;
                }
                case AssistantEvent.ToolInputDelta(String id, String partialJson) -> {
                    if (open == OpenBlock.TOOL_USE && id.equals(openToolId)) {
                        delta(JsonTree.obj("type", "input_json_delta", "partial_json", partialJson));
                    }
                }
                case AssistantEvent.ToolUseStopped(String id) -> {
                    if (open == OpenBlock.TOOL_USE && id.equals(openToolId)) {
                        closeBlock();
                    }
                }
                case AssistantEvent.ContextUsage ignored -> {
                }
                case AssistantEvent.StopReported ignored -> {
                }
            }
        }

        private void ensure(OpenBlock kind, java.util.function.Supplier<JsonNode> block) {
            if (open != kind) {
                closeBlock();
                start(kind, block.get());
            }
        }

        private void start(OpenBlock kind, JsonNode block) {
            send("content_block_start", JsonTree.obj("type", "content_block_start", "index", nextIndex, "content_block", block));
            open = kind;
        }

        private void delta(JsonNode delta) {
            send("content_block_delta", JsonTree.obj("type", "content_block_delta", "index", nextIndex, "delta", delta));
        }

        private void closeBlock() {
            if (open != OpenBlock.NONE) {
                send("content_block_stop", JsonTree.obj("type", "content_block_stop", "index", nextIndex));
                nextIndex++;
                open = OpenBlock.NONE;
                openToolId = null;
            }
        }

        private void error(ApiError error) {
            send("error", error.body());
        }

        private void send(String type, JsonNode data) {
            if (!cancelled.get()) {
                sink.next(Event.of(json.write(data)).name(type));
            }
        }
    }

    private enum OpenBlock { NONE, TEXT, THINKING, TOOL_USE }
}
