package dev.switchyard.ops.adapter.http;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Serves the OpenAPI document that the build generates from the controllers' annotations. */
@OpenAPIDefinition(info = @Info(
        title = "Switchyard",
        version = "0.1.0",
        description = "Claude gateway over Kiro, inference router, messaging input queue, fault-event runner"))
@Controller
final class OpenApiController {

    static final String DOCUMENT = "classpath:META-INF/swagger/switchyard.yml";

    private final ResourceResolver resources;

    OpenApiController(ResourceResolver resources) {
        this.resources = resources;
    }

    @Hidden
    @Get(value = "/openapi.yml", produces = "application/yaml")
    HttpResponse<StreamedFile> document() {
        return resources.getResource(DOCUMENT)
                .map(url -> HttpResponse.ok(new StreamedFile(url)))
                .orElseGet(HttpResponse::notFound);
    }
}
