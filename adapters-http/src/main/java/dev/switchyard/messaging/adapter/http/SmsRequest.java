package dev.switchyard.messaging.adapter.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The documented shape of {@code POST /api/v1/messages/sms} (the controller reads the JSON itself to name every bad field). */
@Serdeable
@Schema(name = "SmsRequest", description = "An SMS to send")
record SmsRequest(
        @Schema(name = "customer_id", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 64,
                description = "letters, digits and . _ : @ -") String customerId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "+14155552671",
                description = "E.164 number, valid in its numbering plan") String to,
        @Schema(example = "ACME", description = "E.164 number or alphanumeric sender id (at most 11 characters)")
        @Nullable String from,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 1600) String body) {
}
