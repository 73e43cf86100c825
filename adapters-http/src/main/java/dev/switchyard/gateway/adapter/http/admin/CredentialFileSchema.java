package dev.switchyard.gateway.adapter.http.admin;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The import body as published in OpenAPI: a {@code kiro-auth-token.json} (kiro-protocol.md §4.1).
 * Documentation only; the controller reads the JSON itself so that unknown fields pass and errors name the field.
 */
@Schema(name = "KiroCredentialFile", description = "kiro-auth-token.json as the Kiro IDE or the Node service writes it; other fields are kept")
record CredentialFileSchema(
        @Schema(description = "required; a truncated token ('...') is refused") String refreshToken,
        @Nullable String accessToken,
        @Nullable @Schema(description = "ISO-8601 instant or epoch milliseconds") String expiresAt,
        @Nullable @Schema(description = "social | IdC | builder-id; absent: IdC when clientId and clientSecret are present") String authMethod,
        @Nullable @Schema(description = "IdC only") String clientId,
        @Nullable @Schema(description = "IdC only") String clientSecret,
        @Nullable String profileArn,
        @Nullable @Schema(description = "default us-east-1") String region,
        @Nullable @Schema(description = "IdC refresh region; default region") String idcRegion) {
}
