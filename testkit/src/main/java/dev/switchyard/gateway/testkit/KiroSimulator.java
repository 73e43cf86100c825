package dev.switchyard.gateway.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.switchyard.testkit.servers.FreePort;
import dev.switchyard.testkit.servers.LoopbackHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local Kiro {@code generateAssistantResponse} endpoint speaking the real AWS event-stream framing.
 * Each call takes the next queued {@link KiroScript}; with none queued it answers with a demo echo
 * ({@link DemoReplies}). It records every call and counts streams that are open, completed, or
 * abandoned by the client. One virtual thread per call.
 */
public final class KiroSimulator implements AutoCloseable {

    /** The access token of the dev run's demo account; {@link #acceptOnly} it to reject all others. */
    public static final String DEMO_TOKEN = "switchyard-demo-kiro-token";
    public static final String PATH = "/generateAssistantResponse";
    private static final String BEARER_INVALID = "The bearer token included in the request is invalid.";
    private static final Logger LOG = LoggerFactory.getLogger(KiroSimulator.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final ConcurrentLinkedQueue<KiroScript> scripts = new ConcurrentLinkedQueue<>();
    private final List<RecordedKiroRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger abandoned = new AtomicInteger();
    private volatile Set<String> acceptedTokens;
    private volatile boolean recording = true;
    private volatile Function<RecordedKiroRequest, KiroScript> fallback = DemoReplies::answer;

    private KiroSimulator(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static KiroSimulator start() {
        return start(FreePort.next());
    }

    public static KiroSimulator start(int port) {
        try {
            HttpServer server = LoopbackHttpServer.create(port, 4096);
            ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
            KiroSimulator simulator = new KiroSimulator(server, executor);
            server.createContext("/", simulator::handle);
            server.setExecutor(executor);
            server.start();
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException("the Kiro simulator could not listen on port " + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The endpoint, usable as {@code KIRO_API_URL}. */
    public String url() {
        return "http://127.0.0.1:" + port() + PATH;
    }

    /** Queues answers for the next calls, in order. */
    public KiroSimulator enqueue(KiroScript... next) {
        scripts.addAll(List.of(next));
        return this;
    }

    /** The answer when nothing is queued (default: the demo echo). */
    public KiroSimulator otherwise(Function<RecordedKiroRequest, KiroScript> answer) {
        this.fallback = answer;
        return this;
    }

    /** Only these bearer tokens get an answer; any other gets Kiro's 403 "bearer token … invalid". */
    public KiroSimulator acceptOnly(String... tokens) {
        this.acceptedTokens = Set.of(tokens);
        return this;
    }

    /** Stops keeping calls (for load runs). */
    public KiroSimulator withoutRecording() {
        this.recording = false;
        return this;
    }

    public List<RecordedKiroRequest> requests() {
        return List.copyOf(requests);
    }

    public RecordedKiroRequest lastRequest() {
        if (requests.isEmpty()) {
            throw new IllegalStateException("the simulator has received no call");
        }
        return requests.getLast();
    }

    public int openStreams() {
        return open.get();
    }

    public int completedStreams() {
        return completed.get();
    }

    /** Streams the client closed before the simulator finished them. */
    public int abandonedStreams() {
        return abandoned.get();
    }

    /** Forgets queued scripts, recorded calls and token restrictions (between tests sharing one simulator). */
    public void reset() {
        scripts.clear();
        requests.clear();
        acceptedTokens = null;
        fallback = DemoReplies::answer;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RecordedKiroRequest request = record(exchange);
            if (!"POST".equals(request.method())) {
                respond(exchange, KiroScript.status(405, "Method not allowed", null));
                return;
            }
            if (!authorized(request.bearerToken())) {
                respond(exchange, KiroScript.status(403, BEARER_INVALID, null));
                return;
            }
            KiroScript script = Optional.ofNullable(scripts.poll()).orElseGet(() -> fallback.apply(request));
            switch (script) {
                case KiroScript.Status status -> respond(exchange, status);
                case KiroScript.Stream stream -> stream(exchange, stream);
            }
        }
    }

    private RecordedKiroRequest record(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        RecordedKiroRequest request = new RecordedKiroRequest(exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(), headers, body);
        if (recording) {
            requests.add(request);
        }
        return request;
    }

    private boolean authorized(Optional<String> token) {
        Set<String> accepted = acceptedTokens;
        return token.filter(value -> !value.isEmpty()).filter(value -> accepted == null || accepted.contains(value)).isPresent();
    }

    private static void respond(HttpExchange exchange, KiroScript.Status status) throws IOException {
        byte[] body = status.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        status.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void stream(HttpExchange exchange, KiroScript.Stream script) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/vnd.amazon.eventstream");
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(200, 0);
        open.incrementAndGet();
        OutputStream out = exchange.getResponseBody();
        try {
            for (KiroScript.Step step : script.steps()) {
                switch (step) {
                    case KiroScript.Step.Frame(byte[] bytes) -> write(out, bytes, script.splitEvery());
                    case KiroScript.Step.Pause(var duration) -> sleep(duration.toMillis());
                    case KiroScript.Step.Await(var latch) -> await(latch);
                    case KiroScript.Step.Abort() -> throw new AbortedOnPurpose();
                }
            }
            out.close();
            completed.incrementAndGet();
        } catch (IOException clientGone) {
            abandoned.incrementAndGet();
        } finally {
            open.decrementAndGet();
        }
    }

    private static void write(OutputStream out, byte[] frame, int splitEvery) throws IOException {
        if (splitEvery <= 0) {
            out.write(frame);
            out.flush();
            return;
        }
        for (int offset = 0; offset < frame.length; offset += splitEvery) {
            out.write(frame, offset, Math.min(splitEvery, frame.length - offset));
            out.flush();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                LOG.warn("a scripted stream waited a minute for its latch; going on");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Thrown out of the handler: the HTTP server then drops the connection mid-response. */
    private static final class AbortedOnPurpose extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AbortedOnPurpose() {
            super("script step: abort", null, false, false);
        }
    }
}
