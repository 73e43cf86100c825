package dev.switchyard.messaging.adapter.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Error body of {@code /api/v1/messages/*}:
 * {@code {"error":{"type":"validation_error","message":"…","fields":[{"field":"to","message":"…"}]}}};
 * {@code fields} only for validation errors. Types: {@code validation_error}, {@code invalid_json},
 * {@code payload_too_large}, {@code idempotency_key_reused}, {@code idempotency_in_progress},
 * {@code service_unavailable}.
 */
@Serdeable
record MessagingError(Detail error) {

    static MessagingError of(String type, String message) {
        return new MessagingError(new Detail(type, message, null));
    }

    static MessagingError invalid(List<FieldError> fields) {
        String message = fields.size() == 1
                ? fields.getFirst().field() + " " + fields.getFirst().message()
                : fields.size() + " fields are invalid";
        return new MessagingError(new Detail("validation_error", message, List.copyOf(fields)));
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Detail(String type, String message, List<FieldError> fields) {
    }
}
