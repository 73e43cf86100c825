package dev.switchyard.gateway.testkit;

import dev.switchyard.gateway.domain.UpstreamFailure;
import dev.switchyard.gateway.domain.reply.AssistantEvent;
import java.util.concurrent.CountDownLatch;

/** What Kiro sends for an {@link UpstreamScenario}: its error statuses and bodies (kiro-protocol.md §5.1) and frames. */
public final class KiroScripts {

    private KiroScripts() {
    }

    public static KiroScript of(UpstreamScenario scenario) {
        return switch (scenario) {
            case UpstreamScenario.Refusal refusal -> refusal(refusal);
            case UpstreamScenario.Reply reply -> reply(reply);
        };
    }

    /** The status and body by which Kiro signals {@code failure}. */
    public static KiroScript.Status refusal(UpstreamScenario.Refusal refusal) {
        KiroScript.Status status = switch (refusal.failure()) {
            case INVALID_REQUEST -> KiroScript.status(400, "Improperly formed request.", null);
            case CONTEXT_TOO_LONG -> KiroScript.status(400, "Input is too long.", "CONTENT_LENGTH_EXCEEDS_THRESHOLD");
            case MODEL_UNAVAILABLE -> KiroScript.status(400, "Invalid model. Please select a different model to continue.",
                    "INVALID_MODEL_ID");
            case UNAUTHORIZED -> KiroScript.status(401, "The security token included in the request is expired", null);
            case TOKEN_REJECTED -> KiroScript.status(403, "The bearer token included in the request is invalid.", null);
            case QUOTA_EXHAUSTED -> KiroScript.status(402, "You have reached the limit.", "MONTHLY_REQUEST_COUNT");
            case ACCOUNT_BLOCKED -> KiroScript.status(403, "Your User ID (u-1) temporarily is suspended. We detected "
                    + "unusual user activity and locked it as a security precaution.", null);
            case RATE_LIMITED -> KiroScript.status(429, "Too many requests, please wait before trying again.", null);
            case SERVER_ERROR -> KiroScript.status(500,
                    "Encountered an unexpected error when processing the request, please try again.", null);
            case TIMEOUT, CONNECTION_FAILED, STREAM_BROKEN -> throw new IllegalArgumentException(
                    refusal.failure() + " is not an answer Kiro sends: script it as a silence or an abort");
        };
        return refusal.retryAfter().map(after -> status.withHeader("Retry-After", Long.toString(after.toSeconds())))
                .orElse(status);
    }

    private static KiroScript.Stream reply(UpstreamScenario.Reply reply) {
        KiroScript.Stream stream = KiroScript.stream();
        for (UpstreamScenario.Item item : reply.items()) {
            switch (item) {
                case UpstreamScenario.Item.Emit(AssistantEvent event) -> emit(stream, event);
                case UpstreamScenario.Item.Silence(var duration) -> stream.pause(duration);
                case UpstreamScenario.Item.Hold(CountDownLatch latch) -> stream.await(latch);
                case UpstreamScenario.Item.UpstreamError(UpstreamFailure failure) ->
                        stream.exception(exceptionType(failure), "scripted " + failure);
                case UpstreamScenario.Item.Corruption() -> stream.corruptFrame();
            }
        }
        return stream;
    }

    private static void emit(KiroScript.Stream stream, AssistantEvent event) {
        switch (event) {
            case AssistantEvent.TextDelta(String text) -> stream.text(text);
            case AssistantEvent.ToolUseStarted(String id, String name) -> stream.event("toolUseEvent",
                    "{\"name\":" + Json.quote(name) + ",\"toolUseId\":" + Json.quote(id) + "}");
            case AssistantEvent.ToolInputDelta(String id, String json) -> stream.event("toolUseEvent",
                    "{\"toolUseId\":" + Json.quote(id) + ",\"input\":" + Json.quote(json) + "}");
            case AssistantEvent.ToolUseStopped(String id) -> stream.event("toolUseEvent",
                    "{\"toolUseId\":" + Json.quote(id) + ",\"stop\":true}");
            case AssistantEvent.ContextUsage(double percent) -> stream.contextUsage(percent);
            case AssistantEvent.ThinkingDelta(String thinking) -> stream.event("reasoningContentEvent",
                    "{\"text\":" + Json.quote(thinking) + "}");
            case AssistantEvent.StopReported(var reason) -> stream.event("metadataEvent",
                    "{\"stopReason\":" + Json.quote(reason.name()) + "}");
        }
    }

    /** The {@code :exception-type} Kiro uses for {@code failure} inside a stream. */
    public static String exceptionType(UpstreamFailure failure) {
        return switch (failure) {
            case RATE_LIMITED -> "ThrottlingException";
            case INVALID_REQUEST -> "ValidationException";
            case QUOTA_EXHAUSTED -> "ServiceQuotaExceededException";
            case ACCOUNT_BLOCKED -> "AccessDeniedException";
            case SERVER_ERROR -> "InternalServerException";
            case TOKEN_REJECTED, UNAUTHORIZED, CONTEXT_TOO_LONG, MODEL_UNAVAILABLE, TIMEOUT, CONNECTION_FAILED,
                    STREAM_BROKEN ->
                    throw new IllegalArgumentException(failure + " has no in-stream exception type");
        };
    }
}
