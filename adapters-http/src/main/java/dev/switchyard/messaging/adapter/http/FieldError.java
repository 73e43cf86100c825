package dev.switchyard.messaging.adapter.http;

import io.micronaut.serde.annotation.Serdeable;

/** One bad field of a request, named as the client spelled it ({@code customer_id}, {@code to}, {@code Idempotency-Key} …). */
@Serdeable
record FieldError(String field, String message) {
}
