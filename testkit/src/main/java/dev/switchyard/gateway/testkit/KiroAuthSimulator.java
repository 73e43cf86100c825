package dev.switchyard.gateway.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.testkit.servers.LoopbackHttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Kiro's two token-refresh services on a loopback port (kiro-protocol.md §4.2–4.3):
 * {@code POST /{region}/refreshToken} (social: {@code {refreshToken}} → {@code {accessToken,
 * refreshToken, profileArn, expiresIn}}) and {@code POST /{region}/token} (AWS SSO-OIDC:
 * {@code {refreshToken, clientId, clientSecret, grantType}}). Refresh tokens rotate: the old one
 * is refused with {@code 400 invalid_grant} once used, as the real services may. Scriptable
 * (refuse everything, fail N times with a status, answer slowly) and counting every call.
 */
public final class KiroAuthSimulator implements AutoCloseable {

    /** One call as received; {@code region} is the path's first segment. */
    public record Call(String flow, String region, Map<String, Object> body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Optional<String>> validRefreshTokens = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger failureStatus = new AtomicInteger(503);
    private final AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<Optional<Long>> expiresIn = new AtomicReference<>(Optional.of(3600L));
    private volatile boolean rejectAll;
    private volatile boolean rotate = true;

    private KiroAuthSimulator(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static KiroAuthSimulator start() {
        try {
            HttpServer server = LoopbackHttpServer.create(0, 0);
            ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
            KiroAuthSimulator simulator = new KiroAuthSimulator(server, executor);
            server.setExecutor(executor);
            server.createContext("/", simulator::handle);
            server.start();
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException("the Kiro auth simulator did not start", e);
        }
    }

    /** For {@code KIRO_SOCIAL_REFRESH_URL}: {@code {region}} is left for the client to substitute. */
    public String socialUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/{region}/refreshToken";
    }

    /** For {@code KIRO_IDC_REFRESH_URL}. */
    public String idcUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/{region}/token";
    }

    /** Makes the credentials' refresh token (and, for IdC, their client) valid. */
    public KiroAuthSimulator accept(KiroCredentials credentials) {
        validRefreshTokens.put(credentials.refreshToken(), credentials.clientSecret().map(secret ->
                credentials.clientId().orElseThrow() + "\n" + secret));
        return this;
    }

    /** Every refresh is refused with {@code 400 invalid_grant}, as for a revoked refresh token. */
    public KiroAuthSimulator rejectingEverything(boolean reject) {
        this.rejectAll = reject;
        return this;
    }

    /** The next {@code times} calls answer {@code status} (e.g. 503, 429). */
    public KiroAuthSimulator failingNext(int times, int status) {
        failureStatus.set(status);
        failuresLeft.set(times);
        return this;
    }

    /** Every answer waits this long first, so concurrent callers overlap. */
    public KiroAuthSimulator answeringAfter(Duration wait) {
        delay.set(wait);
        return this;
    }

    /** Whether a refresh issues a new refresh token (and retires the old one); default true. */
    public KiroAuthSimulator rotating(boolean rotating) {
        this.rotate = rotating;
        return this;
    }

    /** {@code expiresIn} of successful answers, in seconds; empty leaves the field out. */
    public KiroAuthSimulator expiringIn(Optional<Long> seconds) {
        expiresIn.set(seconds);
        return this;
    }

    public int calls() {
        return calls.size();
    }

    public List<Call> callLog() {
        return List.copyOf(calls);
    }

    /** The access token of the {@code n}th successful refresh (1-based). */
    public static String accessToken(int n) {
        return "sim-access-" + n;
    }

    public static String refreshToken(int n) {
        return "sim-refresh-" + n;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().split("/");
            if (!"POST".equals(exchange.getRequestMethod()) || path.length != 3
                    || !(path[2].equals("refreshToken") || path[2].equals("token"))) {
                answer(exchange, 404, "{\"message\":\"not found\"}");
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> body = JSON.readValue(exchange.getRequestBody(), Map.class);
            boolean social = path[2].equals("refreshToken");
            calls.add(new Call(social ? "social" : "idc", path[1], Map.copyOf(body)));
            Duration wait = delay.get();
            if (!wait.isZero()) {
                LockSupport.parkNanos(wait.toNanos());
            }
            if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                answer(exchange, failureStatus.get(), "{\"message\":\"simulated failure\"}");
                return;
            }
            answer(exchange, social ? refreshSocial(body) : refreshIdc(body));
        }
    }

    private synchronized Answer refreshSocial(Map<String, Object> body) {
        Object refreshToken = body.get("refreshToken");
        if (rejectAll || !(refreshToken instanceof String token) || !validRefreshTokens.containsKey(token)) {
            return invalidGrant();
        }
        ObjectNode answer = issue(token, Optional.empty());
        answer.put("profileArn", AccountFixtures.PROFILE_ARN);
        return new Answer(200, answer.toString());
    }

    private synchronized Answer refreshIdc(Map<String, Object> body) {
        if (!"refresh_token".equals(body.get("grantType"))) {
            return new Answer(400, "{\"error\":\"unsupported_grant_type\"}");
        }
        Object refreshToken = body.get("refreshToken");
        if (rejectAll || !(refreshToken instanceof String token) || !validRefreshTokens.containsKey(token)) {
            return invalidGrant();
        }
        Optional<String> client = validRefreshTokens.get(token);
        if (client.isEmpty() || !client.get().equals(body.get("clientId") + "\n" + body.get("clientSecret"))) {
            return new Answer(400, "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client credentials\"}");
        }
        ObjectNode answer = issue(token, client);
        answer.put("tokenType", "Bearer");
        return new Answer(200, answer.toString());
    }

    private ObjectNode issue(String usedRefreshToken, Optional<String> client) {
        int n = issued.incrementAndGet();
        ObjectNode answer = JSON.createObjectNode();
        answer.put("accessToken", accessToken(n));
        if (rotate) {
            validRefreshTokens.remove(usedRefreshToken);
            validRefreshTokens.put(refreshToken(n), client);
            answer.put("refreshToken", refreshToken(n));
        }
        expiresIn.get().ifPresent(seconds -> answer.put("expiresIn", seconds));
        return answer;
    }

    private static Answer invalidGrant() {
        return new Answer(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid refresh token provided\"}");
    }

    private record Answer(int status, String body) {
    }

    private static void answer(HttpExchange exchange, Answer answer) throws IOException {
        answer(exchange, answer.status(), answer.body());
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
