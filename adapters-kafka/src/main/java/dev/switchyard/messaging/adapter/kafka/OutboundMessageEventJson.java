package dev.switchyard.messaging.adapter.kafka;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An {@code OutboundMessageEvent} as JSON on the topic, schema version 1:
 * {@code {"schema_version":1,"idempotency_key":"…","channel":"sms","customer_id":"…","to":"+1…",
 * "from":"ACME","body":"…","accepted_at":"2026-11-24T10:00:00.123456Z"}}; an email carries
 * {@code subject}, {@code text} and/or {@code html} instead of {@code body}. Absent fields are left out.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record OutboundMessageEventJson(
        @JsonProperty("schema_version") @Nullable Integer schemaVersion,
        @JsonProperty("idempotency_key") @Nullable String idempotencyKey,
        @Nullable String channel,
        @JsonProperty("customer_id") @Nullable String customerId,
        @Nullable String to,
        @Nullable String from,
        @Nullable String body,
        @Nullable String subject,
        @Nullable String text,
        @Nullable String html,
        @JsonProperty("accepted_at") @Nullable String acceptedAt) {
}
