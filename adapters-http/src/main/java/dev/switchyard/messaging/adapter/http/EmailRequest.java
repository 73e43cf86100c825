package dev.switchyard.messaging.adapter.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The documented shape of {@code POST /api/v1/messages/email}: {@code text}, {@code html} or both. */
@Serdeable
@Schema(name = "EmailRequest", description = "An email to send")
record EmailRequest(
        @Schema(name = "customer_id", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 64) String customerId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "jane@example.com") String to,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "noreply@acme.io") String from,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 998, description = "one line") String subject,
        @Schema(maxLength = 262144) @Nullable String text,
        @Schema(maxLength = 524288) @Nullable String html) {
}
