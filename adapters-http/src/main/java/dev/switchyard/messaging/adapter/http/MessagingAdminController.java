package dev.switchyard.messaging.adapter.http;

import dev.switchyard.messaging.application.port.in.InspectDeadLetterQuery;
import dev.switchyard.messaging.application.port.in.InspectDeadLetterUseCase;
import dev.switchyard.messaging.application.port.in.ListDeadLettersQuery;
import dev.switchyard.messaging.application.port.in.ListDeadLettersUseCase;
import dev.switchyard.messaging.application.port.in.PurgeDeadLettersCommand;
import dev.switchyard.messaging.application.port.in.PurgeDeadLettersUseCase;
import dev.switchyard.messaging.application.port.in.QueueStatsView;
import dev.switchyard.messaging.application.port.in.ReadQueueStatsUseCase;
import dev.switchyard.messaging.application.port.in.RedriveDeadLetterCommand;
import dev.switchyard.messaging.application.port.in.RedriveDeadLetterUseCase;
import dev.switchyard.messaging.domain.DeadLetterId;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Operator endpoints of the messaging queue, behind {@code ADMIN_API_KEY} (the admin filter guards
 * {@code /admin/**}): list, inspect, redrive and purge dead letters, and the queue's numbers.
 * Errors use the admin error shape {@code {"error":{"type":"…","message":"…"}}}.
 */
@Controller("/admin/messaging")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "messaging-admin", description = "needs Authorization: Bearer <ADMIN_API_KEY> or x-api-key")
final class MessagingAdminController {

    private final ListDeadLettersUseCase list;
    private final InspectDeadLetterUseCase inspect;
    private final RedriveDeadLetterUseCase redrive;
    private final PurgeDeadLettersUseCase purge;
    private final ReadQueueStatsUseCase stats;
    private final String backend;
    private final boolean workerEnabled;
    private final int workerConcurrency;

    MessagingAdminController(ListDeadLettersUseCase list, InspectDeadLetterUseCase inspect, RedriveDeadLetterUseCase redrive,
            PurgeDeadLettersUseCase purge, ReadQueueStatsUseCase stats,
            @Value("${messaging.queue.backend:kafka}") String backend,
            @Value("${messaging.worker.enabled:true}") boolean workerEnabled,
            @Value("${messaging.worker.concurrency:4}") int workerConcurrency) {
        this.list = list;
        this.inspect = inspect;
        this.redrive = redrive;
        this.purge = purge;
        this.stats = stats;
        this.backend = backend;
        this.workerEnabled = workerEnabled;
        this.workerConcurrency = workerConcurrency;
    }

    @Get("/dead-letters{?after,limit}")
    @Operation(summary = "List dead letters, oldest first, a page at a time (after = the previous page's nextAfter)")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeadLetterResponses.Page.class)))
    @ApiResponse(responseCode = "400", description = "after < 0 or limit outside 1-500")
    MutableHttpResponse<?> list(@QueryValue(defaultValue = "0") long after, @QueryValue(defaultValue = "50") int limit) {
        ListDeadLettersQuery query;
        try {
            query = new ListDeadLettersQuery(after, limit);
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
        return HttpResponse.ok(DeadLetterResponses.Page.of(list.list(query)));
    }

    @Get("/dead-letters/{id}")
    @Operation(summary = "One dead letter with its message (bodies included) or its undecodable payload")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeadLetterResponses.Detail.class)))
    @ApiResponse(responseCode = "404", description = "no dead letter with this id")
    MutableHttpResponse<?> inspect(@PathVariable long id) {
        if (id < 1) {
            return notFound(id);
        }
        return inspect.inspect(new InspectDeadLetterQuery(DeadLetterId.of(id)))
                .<MutableHttpResponse<?>>map(found -> HttpResponse.ok(DeadLetterResponses.Detail.of(found)))
                .orElseGet(() -> notFound(id));
    }

    @Post("/dead-letters/{id}/redrive")
    @Operation(summary = "Put a dead letter's message back on the queue as a fresh delivery, then delete the dead letter")
    @ApiResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = DeadLetterResponses.Redriven.class)))
    @ApiResponse(responseCode = "404", description = "no dead letter with this id")
    @ApiResponse(responseCode = "409", description = "an undecodable record has no message to send again")
    @ApiResponse(responseCode = "503", description = "the queue did not take it; the dead letter stays")
    MutableHttpResponse<?> redrive(@PathVariable long id) {
        if (id < 1) {
            return notFound(id);
        }
        return switch (redrive.redrive(new RedriveDeadLetterCommand(DeadLetterId.of(id)))) {
            case dev.switchyard.messaging.application.port.in.RedriveDeadLetterResult.Redriven redriven ->
                    HttpResponse.status(HttpStatus.ACCEPTED).body(new DeadLetterResponses.Redriven("redriven", redriven.key().value()));
            case dev.switchyard.messaging.application.port.in.RedriveDeadLetterResult.NotFound notFound -> notFound(id);
            case dev.switchyard.messaging.application.port.in.RedriveDeadLetterResult.NotRedrivable refused ->
                    error(HttpStatus.CONFLICT, "not_redrivable", refused.reason());
            case dev.switchyard.messaging.application.port.in.RedriveDeadLetterResult.QueueUnavailable unavailable ->
                    error(HttpStatus.SERVICE_UNAVAILABLE, "queue_unavailable",
                            "the queue did not take the message (" + unavailable.reason() + "); the dead letter stays");
        };
    }

    @Delete("/dead-letters/{id}")
    @Operation(summary = "Delete one dead letter for good")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeadLetterResponses.Purged.class)))
    @ApiResponse(responseCode = "404", description = "no dead letter with this id")
    MutableHttpResponse<?> purgeOne(@PathVariable long id) {
        if (id < 1) {
            return notFound(id);
        }
        int purged = purge.purge(new PurgeDeadLettersCommand.One(DeadLetterId.of(id))).purged();
        return purged == 0 ? notFound(id) : HttpResponse.ok(new DeadLetterResponses.Purged(purged));
    }

    @Delete("/dead-letters{?before}")
    @Operation(summary = "Delete every dead letter dead-lettered before an ISO-8601 instant (before is required)")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeadLetterResponses.Purged.class)))
    @ApiResponse(responseCode = "400", description = "before missing or not an ISO-8601 instant")
    MutableHttpResponse<?> purgeOlder(@QueryValue @Nullable String before) {
        if (before == null) {
            return badRequest("before is required, e.g. ?before=2026-11-24T00:00:00Z (use a future instant to purge all)");
        }
        Instant cutoff;
        try {
            cutoff = Instant.parse(before);
        } catch (DateTimeParseException e) {
            return badRequest("before must be an ISO-8601 instant such as 2026-11-24T00:00:00Z");
        }
        return HttpResponse.ok(new DeadLetterResponses.Purged(purge.purge(new PurgeDeadLettersCommand.OlderThan(cutoff)).purged()));
    }

    @Get("/queue")
    @Operation(summary = "Backend, backlog (consumer lag or buffer size), pending retries, dead letters, worker settings")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeadLetterResponses.QueueStats.class)))
    DeadLetterResponses.QueueStats queue() {
        QueueStatsView view = stats.read();
        return new DeadLetterResponses.QueueStats(backend, view.backlog().isPresent() ? view.backlog().getAsLong() : null,
                view.pendingRetries(), view.deadLetters(), workerEnabled, workerConcurrency);
    }

    private static MutableHttpResponse<?> notFound(long id) {
        return error(HttpStatus.NOT_FOUND, "not_found", "no dead letter with id " + id);
    }

    private static MutableHttpResponse<?> badRequest(String message) {
        return error(HttpStatus.BAD_REQUEST, "invalid_request", message);
    }

    private static MutableHttpResponse<?> error(HttpStatus status, String type, String message) {
        return HttpResponse.status(status).body(MessagingError.of(type, message));
    }
}
