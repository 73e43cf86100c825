package dev.switchyard.testkit.dev;

import dev.switchyard.gateway.domain.AuthMethod;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.testkit.KiroAuthSimulator;
import dev.switchyard.gateway.testkit.KiroSimulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * Area A in the dev run when the environment names no Kiro: the Kiro simulator and its auth service
 * on free ports, and one demo account imported through the admin API once the app is ready.
 */
final class GatewayDemo implements AutoCloseable {

    static final String ACCOUNT_ID = "demo";
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private final KiroSimulator kiro;
    private final KiroAuthSimulator auth;
    private final KiroCredentials credentials;

    private GatewayDemo(KiroSimulator kiro, KiroAuthSimulator auth, KiroCredentials credentials) {
        this.kiro = kiro;
        this.auth = auth;
        this.credentials = credentials;
    }

    /** The demo token lives an hour, so a long dev session also sees a background refresh (against the simulator). */
    static GatewayDemo start(Instant now) {
        KiroCredentials credentials = new KiroCredentials(KiroSimulator.DEMO_TOKEN, "switchyard-demo-refresh-token",
                now.plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), AuthMethod.SOCIAL, Optional.empty(),
                Optional.empty(), Optional.of("arn:aws:codewhisperer:us-east-1:000000000000:profile/DEMO"),
                KiroCredentials.DEFAULT_REGION, KiroCredentials.DEFAULT_REGION);
        KiroSimulator kiro = KiroSimulator.start().withoutRecording();
        KiroAuthSimulator auth = KiroAuthSimulator.start().accept(credentials);
        return new GatewayDemo(kiro, auth, credentials);
    }

    Map<String, String> environment() {
        return Map.of(
                "KIRO_API_URL", kiro.url(),
                "KIRO_SOCIAL_REFRESH_URL", auth.socialUrl(),
                "KIRO_IDC_REFRESH_URL", auth.idcUrl());
    }

    String kiroUrl() {
        return kiro.url();
    }

    /** Imports the demo account as an operator would: {@code POST /admin/gateway/accounts}, kiro-auth-token.json. */
    int importAccount(URI app, String adminKey) throws IOException, InterruptedException {
        String body = """
                {"accessToken":"%s","refreshToken":"%s","expiresAt":"%s","authMethod":"social","profileArn":"%s","region":"%s"}"""
                .formatted(credentials.accessToken(), credentials.refreshToken(), credentials.expiresAt(),
                        credentials.profileArn().orElseThrow(), credentials.region());
        HttpRequest request = HttpRequest.newBuilder(app.resolve("/admin/gateway/accounts?id=" + ACCOUNT_ID + "&name=demo"))
                .timeout(CALL_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("x-api-key", adminKey)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(CALL_TIMEOUT).build()) {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    @Override
    public void close() {
        kiro.close();
        auth.close();
    }
}
