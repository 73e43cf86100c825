package dev.switchyard.gateway.testkit;

import dev.switchyard.gateway.application.port.out.ClientKeySource;

class InMemoryClientKeySourceTest extends ClientKeySourceContract {

    private final InMemoryClientKeySource source = new InMemoryClientKeySource();

    @Override
    protected ClientKeySource source() {
        return source;
    }

    @Override
    protected void storeConfig(String json) {
        source.storeConfig(json);
    }

    @Override
    protected void deleteConfig() {
        source.deleteConfig();
    }
}
