package dev.switchyard.gateway.application.service;

import dev.switchyard.gateway.application.port.in.ListModelsUseCase;
import dev.switchyard.gateway.domain.catalog.ModelCatalog;
import dev.switchyard.gateway.domain.catalog.ModelSpec;
import java.util.List;
import java.util.Objects;

public final class ListModelsService implements ListModelsUseCase {

    private final ModelCatalog catalog;

    public ListModelsService(ModelCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public List<ModelSpec> list() {
        return catalog.models();
    }
}
