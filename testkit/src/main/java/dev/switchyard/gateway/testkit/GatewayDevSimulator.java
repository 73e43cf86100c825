package dev.switchyard.gateway.testkit;

import dev.switchyard.gateway.domain.AuthMethod;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.testkit.dev.DevApp;
import dev.switchyard.testkit.dev.DevSimulator;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Area A in the dev run when {@code KIRO_API_URL} is unset: the Kiro simulator and its auth service on
 * free ports, and one demo account imported through the admin API once the app is ready. The demo
 * token lives an hour, so a long dev session also sees a background refresh (against the simulator).
 */
public final class GatewayDevSimulator implements DevSimulator {

    static final String ACCOUNT_ID = "demo";
    private static final Logger LOG = LoggerFactory.getLogger(GatewayDevSimulator.class);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private KiroSimulator kiro;
    private KiroAuthSimulator auth;
    private KiroCredentials credentials;

    @Override
    public Map<String, String> startUnlessConfigured(Map<String, String> environment) {
        if (environment.containsKey("KIRO_API_URL")) {
            return Map.of();
        }
        credentials = new KiroCredentials(KiroSimulator.DEMO_TOKEN, "switchyard-demo-refresh-token",
                Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), AuthMethod.SOCIAL,
                Optional.empty(), Optional.empty(), Optional.of("arn:aws:codewhisperer:us-east-1:000000000000:profile/DEMO"),
                KiroCredentials.DEFAULT_REGION, KiroCredentials.DEFAULT_REGION);
        kiro = KiroSimulator.start().withoutRecording();
        auth = KiroAuthSimulator.start().accept(credentials);
        LOG.info("Kiro simulator {} (KIRO_API_URL unset: the demo account '{}' answers /v1/messages)", kiro.url(), ACCOUNT_ID);
        return Map.of(
                "KIRO_API_URL", kiro.url(),
                "KIRO_SOCIAL_REFRESH_URL", auth.socialUrl(),
                "KIRO_IDC_REFRESH_URL", auth.idcUrl());
    }

    /** Imports the demo account as an operator would: {@code POST /admin/gateway/accounts} with a kiro-auth-token.json. */
    @Override
    public void seed(DevApp app) {
        if (kiro == null) {
            return;
        }
        if (app.adminApiKey().isEmpty()) {
            LOG.warn("ADMIN_API_KEY is empty, so the admin API is off: the demo Kiro account was not imported");
            return;
        }
        String body = """
                {"accessToken":"%s","refreshToken":"%s","expiresAt":"%s","authMethod":"social","profileArn":"%s","region":"%s"}"""
                .formatted(credentials.accessToken(), credentials.refreshToken(), credentials.expiresAt(),
                        credentials.profileArn().orElseThrow(), credentials.region());
        HttpRequest request = HttpRequest.newBuilder(app.baseUri().resolve("/admin/gateway/accounts?id=" + ACCOUNT_ID + "&name=demo"))
                .timeout(CALL_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("x-api-key", app.adminApiKey().get())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(CALL_TIMEOUT).build()) {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200 || status == 201) {
                LOG.info("demo Kiro account '{}' imported (GET /admin/gateway/accounts lists it)", ACCOUNT_ID);
            } else {
                LOG.warn("the demo Kiro account was not imported: POST /admin/gateway/accounts answered {}", status);
            }
        } catch (IOException e) {
            LOG.warn("the demo Kiro account was not imported: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (kiro != null) {
            kiro.close();
            auth.close();
        }
    }
}
