package dev.switchyard.gateway.adapter.http.api;

import dev.switchyard.gateway.application.port.in.ListModelsUseCase;
import dev.switchyard.gateway.domain.catalog.ModelSpec;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /v1/models} and {@code GET /v1/models/{id}} in Anthropic's list format. Kiro publishes no
 * release dates: {@code created_at} is the fixed {@value #CREATED_AT} for every model.
 */
@Controller
@Requires(beans = ListModelsUseCase.class)
final class ModelsController {

    static final String CREATED_AT = "2025-01-01T00:00:00Z";

    private final ListModelsUseCase listModels;

    ModelsController(ListModelsUseCase listModels) {
        this.listModels = listModels;
    }

    @Get(uris = {"/v1/models", "/claude-kiro-oauth/v1/models"})
    HttpResponse<JsonNode> list() {
        List<ModelSpec> models = listModels.list();
        List<JsonNode> data = new ArrayList<>(models.size());
        models.forEach(model -> data.add(model(model)));
        return HttpResponse.ok(JsonTree.obj("data", JsonTree.array(data), "has_more", false,
                "first_id", models.isEmpty() ? null : models.getFirst().id(),
                "last_id", models.isEmpty() ? null : models.getLast().id()));
    }

    @Get(uris = {"/v1/models/{id}", "/claude-kiro-oauth/v1/models/{id}"})
    HttpResponse<JsonNode> one(@PathVariable String id) {
        return listModels.list().stream().filter(model -> model.id().equals(id)).findFirst()
                .map(model -> HttpResponse.ok(model(model)))
                .orElseGet(() -> ApiError.notFound("model: " + id + " is not served here").response());
    }

    private static JsonNode model(ModelSpec model) {
        return JsonTree.obj("type", "model", "id", model.id(), "display_name", model.id(), "created_at", CREATED_AT);
    }
}
