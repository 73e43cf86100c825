package dev.switchyard.ops.adapter.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Prometheus scrape endpoint at {@code /metrics} (Micronaut's own endpoint would live at /prometheus). */
@Controller
@Tag(name = "status")
final class MetricsController {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    MetricsController(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Get("/metrics")
    @Produces(PROMETHEUS_TEXT)
    @Operation(summary = "Every metric in the Prometheus text format")
    String scrape() {
        return registry.scrape();
    }
}
