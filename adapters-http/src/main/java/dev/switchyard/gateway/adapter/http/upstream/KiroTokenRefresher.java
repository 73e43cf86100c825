package dev.switchyard.gateway.adapter.http.upstream;

import dev.switchyard.gateway.application.port.out.TokenRefresher;
import dev.switchyard.gateway.domain.AuthMethod;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.RefreshOutcome;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Refreshes Kiro access tokens over HTTP (kiro-protocol.md §4.2–4.4): social accounts at the Kiro
 * desktop auth service ({@code {refreshToken}}), IdC / Builder ID accounts at AWS SSO-OIDC
 * CreateToken ({@code {refreshToken, clientId, clientSecret, grantType}}). A refusal of the grant
 * (400 {@code invalid_grant} and the like, 401, 403) is {@link RefreshOutcome.Rejected}: the account
 * needs a new login. Anything else that goes wrong is {@link RefreshOutcome.Failed}. Reasons name the
 * status and the service's error code, never a token or the answer's body.
 */
public final class KiroTokenRefresher implements TokenRefresher {

    private static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);
    private static final Set<String> REFUSED_GRANT_CODES = Set.of(
            "invalid_grant", "invalid_client", "unauthorized_client", "invalid_request", "access_denied");
    private static final int MAX_CODE_LENGTH = 60;

    private final HttpClient http;
    private final JsonMapper json;
    private final KiroAuthEndpoints endpoints;

    public KiroTokenRefresher(JsonMapper json, KiroAuthEndpoints endpoints) {
        this.json = Objects.requireNonNull(json, "json");
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.http = HttpClient.newBuilder()
                .connectTimeout(endpoints.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public RefreshOutcome refresh(KiroCredentials credentials) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("refreshToken", credentials.refreshToken());
        String url;
        if (credentials.authMethod() == AuthMethod.IDC) {
            body.put("clientId", credentials.clientId().orElseThrow());
            body.put("clientSecret", credentials.clientSecret().orElseThrow());
            body.put("grantType", "refresh_token");
            url = endpoints.idcUrl().replace("{region}", credentials.idcRegion());
        } else {
            url = endpoints.socialUrl().replace("{region}", credentials.region());
        }
        HttpResponse<byte[]> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(endpoints.requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("amz-sdk-invocation-id", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                    .build();
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return new RefreshOutcome.Failed("no answer from the " + flow(credentials) + " auth service within "
                    + endpoints.requestTimeout().toMillis() + " ms");
        } catch (IOException e) {
            return new RefreshOutcome.Failed("the " + flow(credentials) + " auth service could not be reached ("
                    + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RefreshOutcome.Failed("interrupted");
        } catch (IllegalArgumentException e) {
            return new RefreshOutcome.Failed("the " + flow(credentials) + " refresh URL is not valid");
        }
        return outcome(flow(credentials), response.statusCode(), response.body());
    }

    private RefreshOutcome outcome(String flow, int status, byte[] body) {
        Optional<Map<String, Object>> answer = parse(body);
        if (status == 200) {
            return answer.map(this::refreshed)
                    .orElseGet(() -> new RefreshOutcome.Failed("the " + flow + " auth service answered 200 without JSON"));
        }
        String code = answer.flatMap(KiroTokenRefresher::errorCode).orElse("");
        String reason = "the " + flow + " auth service answered " + status + (code.isEmpty() ? "" : " " + code);
        boolean refused = status == 401 || status == 403
                || (status == 400 && (code.isEmpty() || REFUSED_GRANT_CODES.contains(code)));
        return refused ? new RefreshOutcome.Rejected(reason) : new RefreshOutcome.Failed(reason);
    }

    private RefreshOutcome refreshed(Map<String, Object> answer) {
        if (!(answer.get("accessToken") instanceof String accessToken) || accessToken.isBlank()) {
            return new RefreshOutcome.Failed("the auth service's answer has no accessToken");
        }
        Optional<Duration> expiresIn = answer.get("expiresIn") instanceof Number seconds && seconds.longValue() > 0
                ? Optional.of(Duration.ofSeconds(seconds.longValue()))
                : Optional.empty();
        return new RefreshOutcome.Refreshed(accessToken, text(answer, "refreshToken"), expiresIn, text(answer, "profileArn"));
    }

    private Optional<Map<String, Object>> parse(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(body, JSON_OBJECT));
        } catch (IOException | RuntimeException notJson) {
            return Optional.empty();
        }
    }

    /** OAuth's {@code error}, or AWS's {@code __type}/{@code reason}; shortened so no echoed secret gets far. */
    private static Optional<String> errorCode(Map<String, Object> answer) {
        for (String field : new String[] {"error", "__type", "reason", "code"}) {
            if (answer.get(field) instanceof String code && !code.isBlank()) {
                String trimmed = code.trim();
                return Optional.of(trimmed.length() > MAX_CODE_LENGTH ? trimmed.substring(0, MAX_CODE_LENGTH) : trimmed);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(Map<String, Object> answer, String field) {
        return answer.get(field) instanceof String value && !value.isBlank() ? Optional.of(value) : Optional.empty();
    }

    private static String flow(KiroCredentials credentials) {
        return credentials.authMethod() == AuthMethod.IDC ? "IdC" : "social";
    }
}
