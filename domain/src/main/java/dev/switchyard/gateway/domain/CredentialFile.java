package dev.switchyard.gateway.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code kiro-auth-token.json} format (kiro-protocol.md §4.1), as the Node.js service stores it
 * under {@code tokens:claude-kiro-oauth:{uuid}} and as operators import it. Works on the JSON
 * object as a map of JSON values (strings, numbers, booleans, null), so every adapter reads it alike.
 */
public final class CredentialFile {

    public static final String ACCESS_TOKEN = "accessToken";
    public static final String REFRESH_TOKEN = "refreshToken";
    public static final String EXPIRES_AT = "expiresAt";
    public static final String AUTH_METHOD = "authMethod";
    public static final String CLIENT_ID = "clientId";
    public static final String CLIENT_SECRET = "clientSecret";
    public static final String PROFILE_ARN = "profileArn";
    public static final String REGION = "region";
    public static final String IDC_REGION = "idcRegion";

    /** Regions are substituted into refresh URLs, so only AWS-shaped names pass ({@code us-east-1}). */
    private static final Pattern AWS_REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
    private static final int MAX_TOKEN_LENGTH = 16_384;

    private CredentialFile() {
    }

    /** The outcome of reading a credential document. */
    public sealed interface Reading {
    }

    public record Valid(KiroCredentials credentials) implements Reading {
        public Valid {
            Objects.requireNonNull(credentials, "credentials");
        }
    }

    /** {@code field} is the JSON field at fault, {@code message} says what is wrong (never its value). */
    public record Invalid(String field, String message) implements Reading {
        public Invalid {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Reads a stored document leniently, as the Node service does: a missing or unreadable
     * {@code expiresAt}, or a missing access token, only means the token must be refreshed first.
     */
    public static Reading read(Map<String, ?> document) {
        return parse(document, false);
    }

    /** Reads a document an operator imports: the same, but an unreadable expiry or a truncated token is refused. */
    public static Reading readForImport(Map<String, ?> document) {
        return parse(document, true);
    }

    private static Reading parse(Map<String, ?> document, boolean strict) {
        Object refreshToken = document.get(REFRESH_TOKEN);
        if (!(refreshToken instanceof String refresh) || refresh.isBlank()) {
            return new Invalid(REFRESH_TOKEN, "required, a non-empty string");
        }
        if (refresh.length() > MAX_TOKEN_LENGTH) {
            return new Invalid(REFRESH_TOKEN, "longer than " + MAX_TOKEN_LENGTH + " characters");
        }
        if (strict && refresh.contains("...")) {
            return new Invalid(REFRESH_TOKEN, "looks truncated ('...'): export the full token from the Kiro IDE");
        }
        Object accessToken = document.get(ACCESS_TOKEN);
        if (accessToken != null && !(accessToken instanceof String)) {
            return new Invalid(ACCESS_TOKEN, "must be a string");
        }
        Object expiresAtValue = document.get(EXPIRES_AT);
        Optional<Instant> expiresAt = NodeTime.parse(expiresAtValue);
        if (strict && expiresAtValue != null && expiresAt.isEmpty()) {
            return new Invalid(EXPIRES_AT, "must be an ISO-8601 instant or epoch milliseconds");
        }
        Optional<String> clientId = optionalString(document, CLIENT_ID);
        Optional<String> clientSecret = optionalString(document, CLIENT_SECRET);
        Object authMethodValue = document.get(AUTH_METHOD);
        if (authMethodValue != null && !(authMethodValue instanceof String)) {
            return new Invalid(AUTH_METHOD, "must be a string such as \"social\" or \"IdC\"");
        }
        AuthMethod authMethod = AuthMethod.parse((String) authMethodValue, clientId.isPresent() && clientSecret.isPresent());
        if (authMethod == AuthMethod.IDC && (clientId.isEmpty() || clientSecret.isEmpty())) {
            return new Invalid(clientId.isEmpty() ? CLIENT_ID : CLIENT_SECRET,
                    "an IdC (builder-id) credential needs clientId and clientSecret to refresh");
        }
        for (String field : new String[] {REGION, IDC_REGION}) {
            Object region = document.get(field);
            if (region != null && !(region instanceof String text && (text.isBlank() || AWS_REGION.matcher(text).matches()))) {
                return new Invalid(field, "must be an AWS region such as us-east-1");
            }
        }
        return new Valid(new KiroCredentials(
                accessToken == null ? "" : (String) accessToken,
                refresh,
                expiresAt.orElse(Instant.EPOCH),
                authMethod,
                clientId,
                clientSecret,
                optionalString(document, PROFILE_ARN),
                optionalString(document, REGION).orElse(null),
                optionalString(document, IDC_REGION).orElse(null)));
    }

    /** The document for new credentials, with the field names and spelling the Node service uses. */
    public static Map<String, Object> document(KiroCredentials credentials) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put(ACCESS_TOKEN, credentials.accessToken());
        document.put(REFRESH_TOKEN, credentials.refreshToken());
        credentials.profileArn().ifPresent(arn -> document.put(PROFILE_ARN, arn));
        document.put(EXPIRES_AT, NodeTime.format(credentials.expiresAt()));
        document.put(AUTH_METHOD, credentials.authMethod() == AuthMethod.SOCIAL ? "social" : "IdC");
        credentials.clientId().ifPresent(id -> document.put(CLIENT_ID, id));
        credentials.clientSecret().ifPresent(secret -> document.put(CLIENT_SECRET, secret));
        document.put(REGION, credentials.region());
        if (credentials.authMethod() == AuthMethod.IDC) {
            document.put(IDC_REGION, credentials.idcRegion());
        }
        return document;
    }

    /**
     * A short, non-reversible name for a refresh token (first 12 hex of its SHA-256), to tell tokens
     * apart in logs and admin answers without showing them.
     */
    public static String fingerprint(String token) {
        return sha256Hex(token).substring(0, 12);
    }

    /** The Node service's refresh-index hash: the first 32 hex of SHA-256(refreshToken) (§5.6). */
    public static String refreshIndexHash(String refreshToken) {
        return sha256Hex(refreshToken).substring(0, 32);
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Optional<String> optionalString(Map<String, ?> document, String field) {
        return document.get(field) instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }
}
