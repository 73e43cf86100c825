package dev.switchyard.gateway.adapter.http.api;

import dev.switchyard.gateway.domain.UpstreamFailure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Messages API on {@code /metrics}: {@code switchyard_gateway_messages_total{stream, outcome}} (outcome
 * {@code streaming}, {@code completed}, {@code invalid_request}, {@code no_account}, or the upstream failure
 * that ended the request, such as {@code rate_limited}), {@code switchyard_gateway_account_switches_total}
 * (failovers to another account), {@code switchyard_gateway_streams_open} and
 * {@code switchyard_gateway_streams_broken_total{failure}} (streams ended by an upstream failure after they began).
 */
final class MessagesMetrics {

    static final String INVALID_REQUEST = "invalid_request";
    static final String NO_ACCOUNT = "no_account";
    static final String STREAMING = "streaming";
    static final String COMPLETED = "completed";

    private final MeterRegistry registry;
    private final Map<String, Counter> answers = new ConcurrentHashMap<>();
    private final Map<UpstreamFailure, Counter> broken = new ConcurrentHashMap<>();
    private final Counter switches;
    private final AtomicInteger openStreams = new AtomicInteger();

    MessagesMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.switches = Counter.builder("switchyard.gateway.account.switches")
                .description("times a request moved on to another account after a retryable refusal").register(registry);
        Gauge.builder("switchyard.gateway.streams.open", openStreams, AtomicInteger::get)
                .description("SSE replies being streamed now").register(registry);
    }

    void answered(boolean stream, String outcome, int accountSwitches) {
        answers.computeIfAbsent(stream + "/" + outcome, key -> Counter.builder("switchyard.gateway.messages")
                .description("Messages API requests by how they were answered")
                .tag("stream", Boolean.toString(stream)).tag("outcome", outcome).register(registry)).increment();
        if (accountSwitches > 0) {
            switches.increment(accountSwitches);
        }
    }

    static String outcome(UpstreamFailure failure) {
        return failure.name().toLowerCase(Locale.ROOT);
    }

    void streamOpened() {
        openStreams.incrementAndGet();
    }

    void streamClosed() {
        openStreams.decrementAndGet();
    }

    void streamBroken(UpstreamFailure failure) {
        broken.computeIfAbsent(failure, kind -> Counter.builder("switchyard.gateway.streams.broken")
                .description("streams ended by an upstream failure after they began")
                .tag("failure", outcome(kind)).register(registry)).increment();
    }
}
