package dev.switchyard.gateway.application.port.in;

import dev.switchyard.gateway.domain.catalog.ModelSpec;
import java.util.List;

/** The models clients may name, in the configured order. */
public interface ListModelsUseCase {

    List<ModelSpec> list();
}
