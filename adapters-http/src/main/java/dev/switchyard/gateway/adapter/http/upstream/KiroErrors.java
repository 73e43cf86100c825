package dev.switchyard.gateway.adapter.http.upstream;

import dev.switchyard.gateway.application.port.out.UpstreamOpening;
import dev.switchyard.gateway.domain.UpstreamFailure;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Kiro's error answers (kiro-protocol.md §5.1) classified into the gateway's failure catalogue. */
final class KiroErrors {

    private static final int DETAIL_LIMIT = 300;
    /** A 403 mentioning these is about the account, not a stale token (the reference's list). */
    private static final List<String> NOT_A_TOKEN_PROBLEM = List.of("temporarily is suspended", "temporarily suspended",
            "disabled", "violation of terms", "terms of service", "appeal", "quota", "limit exceeded",
            "payment required", "not authorized to access", "not allowed");

    private final JsonMapper json;
    private final Clock clock;

    KiroErrors(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    UpstreamOpening.Refused refusal(int status, HttpHeaders headers, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        Optional<JsonNode> parsed = parse(body);
        String message = parsed.flatMap(node -> field(node, "message").or(() -> field(node, "Message"))).orElse(text.strip());
        String reason = parsed.flatMap(node -> field(node, "reason")
                .or(() -> Optional.ofNullable(node.get("error")).flatMap(error -> field(error, "reason")))).orElse("");
        UpstreamFailure failure = classify(status, message, reason);
        Optional<Duration> retryAfter = failure == UpstreamFailure.RATE_LIMITED
                ? retryAfter(headers, parsed) : Optional.empty();
        String detail = "Kiro answered " + status + (message.isEmpty() ? "" : ": " + message)
                + (reason.isEmpty() ? "" : " (" + reason + ")");
        return new UpstreamOpening.Refused(failure, retryAfter, shortened(detail));
    }

    static UpstreamFailure classify(int status, String message, String reason) {
        String lower = message.toLowerCase(Locale.ROOT);
        return switch (status) {
            case 400 -> {
                if (reason.equals("CONTENT_LENGTH_EXCEEDS_THRESHOLD") || lower.contains("input is too long")) {
                    yield UpstreamFailure.CONTEXT_TOO_LONG;
                }
                yield reason.equals("INVALID_MODEL_ID") || lower.contains("invalid model")
                        ? UpstreamFailure.MODEL_UNAVAILABLE : UpstreamFailure.INVALID_REQUEST;
            }
            case 401 -> UpstreamFailure.UNAUTHORIZED;
            case 402 -> UpstreamFailure.QUOTA_EXHAUSTED;
            case 403 -> isTokenProblem(lower) ? UpstreamFailure.TOKEN_REJECTED : UpstreamFailure.ACCOUNT_BLOCKED;
            case 408 -> UpstreamFailure.TIMEOUT;
            case 413 -> UpstreamFailure.CONTEXT_TOO_LONG;
            case 429 -> UpstreamFailure.RATE_LIMITED;
            default -> status >= 500 || status == 404 ? UpstreamFailure.SERVER_ERROR : UpstreamFailure.INVALID_REQUEST;
        };
    }

    private static boolean isTokenProblem(String lowerMessage) {
        boolean aboutToken = lowerMessage.contains("token") || lowerMessage.contains("authorization")
                || lowerMessage.contains("credential");
        boolean stale = lowerMessage.contains("expired") || lowerMessage.contains("invalid") || lowerMessage.contains("unauthorized");
        return aboutToken && stale && NOT_A_TOKEN_PROBLEM.stream().noneMatch(lowerMessage::contains);
    }

    /** {@code Retry-After} in seconds or as an HTTP date; else a {@code retryAfter}/{@code retryDelay} (seconds) in the body. */
    private Optional<Duration> retryAfter(HttpHeaders headers, Optional<JsonNode> body) {
        Optional<Duration> header = headers.firstValue("Retry-After").flatMap(this::parseRetryAfter);
        if (header.isPresent()) {
            return header;
        }
        return body.flatMap(node -> Optional.ofNullable(node.get("retryAfter")).or(() -> Optional.ofNullable(node.get("retryDelay"))))
                .filter(JsonNode::isNumber)
                .map(node -> Duration.ofMillis(Math.round(node.getDoubleValue() * 1000)))
                .filter(duration -> !duration.isNegative());
    }

    private Optional<Duration> parseRetryAfter(String value) {
        String trimmed = value.trim();
        try {
            long seconds = Long.parseLong(trimmed);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private Optional<JsonNode> parse(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode node = json.readValue(body, JsonNode.class);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    private static Optional<String> field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isString() ? Optional.of(value.getStringValue()) : Optional.empty();
    }

    static String shortened(String detail) {
        String oneLine = detail.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= DETAIL_LIMIT ? oneLine : oneLine.substring(0, DETAIL_LIMIT) + "…";
    }
}
