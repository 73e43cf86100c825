package dev.switchyard.gateway.adapter.http.api;

import dev.switchyard.gateway.application.port.in.SendMessageCommand;
import dev.switchyard.gateway.application.port.in.SendMessageResult;
import dev.switchyard.gateway.application.port.in.SendMessageUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Duration;

/**
 * {@code POST /v1/messages} (and the path nginx routes, {@code /claude-kiro-oauth/v1/messages}): the
 * Claude Messages API. The request is validated before anything reaches the upstream; a streaming
 * reply starts only once the upstream accepted the call, so a refusal can still switch accounts or
 * come back as a plain error response. Runs on virtual threads: opening the upstream call blocks.
 */
@Controller
@Requires(beans = SendMessageUseCase.class)
@ExecuteOn(TaskExecutors.BLOCKING)
final class MessagesController {

    private final SendMessageUseCase sendMessage;
    private final MessagesRequestParser parser;
    private final MessageJson json;
    private final SseReply sse;
    private final MessagesMetrics metrics;

    MessagesController(SendMessageUseCase sendMessage, JsonMapper mapper, MeterRegistry meters,
            @Value("${gateway.api.ping-interval:15s}") Duration pingInterval) {
        this.sendMessage = sendMessage;
        this.parser = new MessagesRequestParser(mapper);
        this.json = new MessageJson(mapper);
        this.metrics = new MessagesMetrics(meters);
        this.sse = new SseReply(json, pingInterval, metrics);
    }

    @Post(uris = {"/v1/messages", "/claude-kiro-oauth/v1/messages"}, consumes = MediaType.ALL,
            produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_EVENT_STREAM})
    HttpResponse<?> messages(@Nullable @Body String body) {
        MessagesRequestParser.Parsed request;
        try {
            request = parser.messages(body);
        } catch (InvalidRequest invalid) {
            metrics.answered(false, MessagesMetrics.INVALID_REQUEST, 0);
            return ApiError.invalidRequest(invalid.getMessage()).response();
        }
        String model = request.conversation().model();
        SendMessageResult result = sendMessage.send(new SendMessageCommand(request.conversation(), request.stream()));
        metrics.answered(request.stream(), outcome(result), result.failovers());
        return switch (result) {
            case SendMessageResult.Streaming streaming -> HttpResponse.ok(sse.stream(model, streaming.initialUsage(), streaming.events()))
                    .contentType(MediaType.TEXT_EVENT_STREAM_TYPE)
                    .header("Cache-Control", "no-cache")
                    .header("X-Accel-Buffering", "no");
            case SendMessageResult.Completed completed -> HttpResponse.ok(json.completed(MessageJson.newMessageId(), model,
                    completed.content(), completed.stopReason(), completed.usage())).contentType(MediaType.APPLICATION_JSON_TYPE);
            case SendMessageResult.Failed failed -> {
                MutableHttpResponse<JsonNode> response = ApiError.of(failed.failure(), failed.detail()).response();
                failed.retryAfter().ifPresent(after -> response.header("Retry-After", Long.toString(Math.max(1, after.toSeconds()))));
                yield response;
            }
            case SendMessageResult.NoAccount none -> ApiError.overloaded(none.detail()).response();
        };
    }

    private static String outcome(SendMessageResult result) {
        return switch (result) {
            case SendMessageResult.Streaming ignored -> MessagesMetrics.STREAMING;
            case SendMessageResult.Completed ignored -> MessagesMetrics.COMPLETED;
            case SendMessageResult.Failed failed -> MessagesMetrics.outcome(failed.failure());
            case SendMessageResult.NoAccount ignored -> MessagesMetrics.NO_ACCOUNT;
        };
    }
}
