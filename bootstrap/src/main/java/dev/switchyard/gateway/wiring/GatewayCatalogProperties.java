package dev.switchyard.gateway.wiring;

import dev.switchyard.gateway.domain.catalog.ModelCatalog;
import dev.switchyard.gateway.domain.catalog.ModelSpec;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code gateway.catalog.*}: the models served, each {@code claude-id=kiro-id@context-window}
 * (e.g. {@code claude-sonnet-4-5=claude-sonnet-4.5@200000}); a model not listed is sent unchanged and
 * counted with {@code default-context-window}.
 */
@ConfigurationProperties("gateway.catalog")
record GatewayCatalogProperties(List<String> models, int defaultContextWindow) {

    ModelCatalog toCatalog() {
        List<ModelSpec> specs = new ArrayList<>();
        for (String entry : models == null ? List.<String>of() : models) {
            specs.add(parse(entry.trim()));
        }
        return new ModelCatalog(specs, defaultContextWindow);
    }

    private static ModelSpec parse(String entry) {
        int equals = entry.indexOf('=');
        int at = entry.lastIndexOf('@');
        if (equals <= 0 || at <= equals + 1 || at == entry.length() - 1) {
            throw new IllegalArgumentException("gateway.catalog.models: \"" + entry
                    + "\" is not claude-id=kiro-id@context-window");
        }
        try {
            return new ModelSpec(entry.substring(0, equals), entry.substring(equals + 1, at),
                    Integer.parseInt(entry.substring(at + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("gateway.catalog.models: the context window of \"" + entry + "\" is not a number", e);
        }
    }
}
