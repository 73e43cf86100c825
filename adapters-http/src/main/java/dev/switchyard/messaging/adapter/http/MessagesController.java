package dev.switchyard.messaging.adapter.http;

import dev.switchyard.messaging.application.port.in.EnqueueMessageCommand;
import dev.switchyard.messaging.application.port.in.EnqueueMessageResult;
import dev.switchyard.messaging.application.port.in.EnqueueMessageUseCase;
import dev.switchyard.messaging.domain.IdempotencyKey;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Accepts outbound SMS and email: validates the JSON, then enqueues and answers 202 once the queue
 * holds the message. Runs on the event loop end to end: nothing here blocks, the use case
 * completes from Redis's and Kafka's own callbacks.
 */
@Controller("/api/v1/messages")
@Tag(name = "messaging")
final class MessagesController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";

    private final EnqueueMessageUseCase enqueue;
    private final JsonMapper json;
    private final int maxSmsBytes;
    private final int maxEmailBytes;

    MessagesController(EnqueueMessageUseCase enqueue, JsonMapper json,
            @Value("${messaging.http.max-sms-request-bytes:65536}") int maxSmsBytes,
            @Value("${messaging.http.max-email-request-bytes:2097152}") int maxEmailBytes) {
        this.enqueue = enqueue;
        this.json = json;
        this.maxSmsBytes = maxSmsBytes;
        this.maxEmailBytes = maxEmailBytes;
    }

    @Post(uri = "/sms", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept an SMS for sending",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SmsRequest.class))))
    @Parameter(name = IDEMPOTENCY_KEY, in = ParameterIn.HEADER, schema = @Schema(type = "string", minLength = 1, maxLength = 255),
            description = "1-255 printable ASCII characters; a replay with the same body gets the same 202, another body 422")
    @ApiResponse(responseCode = "202", description = "on the queue; the worker will persist it once",
            content = @Content(schema = @Schema(implementation = AcceptedResponse.class)))
    @ApiResponse(responseCode = "400", description = "invalid JSON or fields; nothing enqueued",
            content = @Content(schema = @Schema(implementation = MessagingError.class)))
    @ApiResponse(responseCode = "409", description = "a request with this Idempotency-Key is still being enqueued",
            content = @Content(schema = @Schema(implementation = MessagingError.class)))
    @ApiResponse(responseCode = "413", description = "request body too large",
            content = @Content(schema = @Schema(implementation = MessagingError.class)))
    @ApiResponse(responseCode = "422", description = "Idempotency-Key already used for another message",
            content = @Content(schema = @Schema(implementation = MessagingError.class)))
    @ApiResponse(responseCode = "503", description = "queue or idempotency store unavailable; nothing enqueued, retry later",
            content = @Content(schema = @Schema(implementation = MessagingError.class)))
    CompletableFuture<MutableHttpResponse<?>> sms(@Body @Nullable byte[] body, @Header(IDEMPOTENCY_KEY) @Nullable String key) {
        return accept(body, key, maxSmsBytes, MessageRequests::sms);
    }

    @Post(uri = "/email", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept an email for sending",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmailRequest.class))))
    @Parameter(name = IDEMPOTENCY_KEY, in = ParameterIn.HEADER, schema = @Schema(type = "string", minLength = 1, maxLength = 255),
            description = "1-255 printable ASCII characters; a replay with the same body gets the same 202, another body 422")
    @ApiResponse(responseCode = "202", description = "on the queue; the worker will persist it once",
            content = @Content(schema = @Schema(implementation = AcceptedResponse.class)))
    @ApiResponse(responseCode = "400", description = "invalid JSON or fields; nothing enqueued",
            content = @Content(schema = @Schema(implementation = MessagingError.class)))
    @ApiResponse(responseCode = "409", description = "a request with this Idempotency-Key is still being enqueued",
            content = @Content(schema = @Schema(implementation = MessagingError.class)))
    @ApiResponse(responseCode = "413", description = "request body too large",
            content = @Content(schema = @Schema(implementation = MessagingError.class)))
    @ApiResponse(responseCode = "422", description = "Idempotency-Key already used for another message",
            content = @Content(schema = @Schema(implementation = MessagingError.class)))
    @ApiResponse(responseCode = "503", description = "queue or idempotency store unavailable; nothing enqueued, retry later",
            content = @Content(schema = @Schema(implementation = MessagingError.class)))
    CompletableFuture<MutableHttpResponse<?>> email(@Body @Nullable byte[] body, @Header(IDEMPOTENCY_KEY) @Nullable String key) {
        return accept(body, key, maxEmailBytes, MessageRequests::email);
    }

    /** Bodies beyond the server's own {@code micronaut.server.max-request-size} are refused before the controller runs. */
    @Error(exception = ContentLengthExceededException.class)
    MutableHttpResponse<MessagingError> tooLarge(ContentLengthExceededException e) {
        return error(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "payload_too_large", "the request body is too large");
    }

    private CompletableFuture<MutableHttpResponse<?>> accept(byte[] body, String key, int maxBytes,
            Function<JsonNode, MessageRequests.Parsed> parse) {
        if (body != null && body.length > maxBytes) {
            return done(error(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "payload_too_large",
                    "the request body is larger than " + maxBytes + " bytes"));
        }
        Optional<JsonNode> tree = readObject(body);
        if (tree.isEmpty()) {
            return done(error(HttpStatus.BAD_REQUEST, "invalid_json", "the request body must be a JSON object"));
        }
        Optional<IdempotencyKey> clientKey;
        try {
            clientKey = Optional.ofNullable(key).map(IdempotencyKey::of);
        } catch (IllegalArgumentException e) {
            return done(HttpResponse.badRequest(MessagingError.invalid(List.of(new FieldError(IDEMPOTENCY_KEY, e.getMessage())))));
        }
        return switch (parse.apply(tree.get())) {
            case MessageRequests.Invalid invalid -> done(HttpResponse.badRequest(MessagingError.invalid(invalid.errors())));
            case MessageRequests.Valid valid -> enqueue.enqueue(new EnqueueMessageCommand(valid.message(), clientKey))
                    .thenApply(MessagesController::respond)
                    .toCompletableFuture();
        };
    }

    private Optional<JsonNode> readObject(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode tree = json.readValue(body, JsonNode.class);
            return tree != null && tree.isObject() ? Optional.of(tree) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static MutableHttpResponse<?> respond(EnqueueMessageResult result) {
        return switch (result) {
            case EnqueueMessageResult.Accepted accepted -> {
                MutableHttpResponse<AcceptedResponse> response =
                        HttpResponse.status(HttpStatus.ACCEPTED).body(AcceptedResponse.of(accepted.key().value()));
                yield accepted.replay() ? response.header(REPLAYED, "true") : response;
            }
            case EnqueueMessageResult.KeyReused reused -> error(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency_key_reused",
                    "Idempotency-Key " + reused.key().value() + " was already used for a different message");
            case EnqueueMessageResult.InProgress inProgress -> error(HttpStatus.CONFLICT, "idempotency_in_progress",
                    "a request with Idempotency-Key " + inProgress.key().value() + " is still being enqueued")
                    .header(HttpHeaders.RETRY_AFTER, "1");
            case EnqueueMessageResult.Unavailable unavailable -> error(HttpStatus.SERVICE_UNAVAILABLE, "service_unavailable",
                    "the message was not accepted (" + unavailable.reason() + " unavailable); nothing was enqueued, retry later")
                    .header(HttpHeaders.RETRY_AFTER, "1");
        };
    }

    private static MutableHttpResponse<MessagingError> error(HttpStatus status, String type, String message) {
        return HttpResponse.<MessagingError>status(status).body(MessagingError.of(type, message));
    }

    private static CompletableFuture<MutableHttpResponse<?>> done(MutableHttpResponse<?> response) {
        return CompletableFuture.completedFuture(response);
    }
}
