package dev.switchyard.ops.adapter.http;

import dev.switchyard.ops.application.port.in.CheckReadinessUseCase;
import dev.switchyard.ops.domain.Readiness;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Liveness and readiness probes for load balancers and orchestrators. */
@Controller("/v1/status")
@Tag(name = "status")
final class StatusController {

    private final CheckReadinessUseCase readiness;

    StatusController(CheckReadinessUseCase readiness) {
        this.readiness = readiness;
    }

    @Get("/healthz")
    @Operation(summary = "Liveness: the process is up and serving HTTP; probes no dependency")
    HealthResponse healthz() {
        return HealthResponse.UP;
    }

    @Get("/readyz")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Readiness: PostgreSQL, Redis and Kafka answer; 503 names the ones that do not")
    @ApiResponse(responseCode = "200", description = "every dependency is up",
            content = @Content(schema = @Schema(implementation = ReadinessResponse.class)))
    @ApiResponse(responseCode = "503", description = "at least one dependency is down",
            content = @Content(schema = @Schema(implementation = ReadinessResponse.class)))
    HttpResponse<ReadinessResponse> readyz() {
        Readiness report = readiness.check();
        return HttpResponse.status(report.isReady() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(ReadinessResponse.from(report));
    }
}
