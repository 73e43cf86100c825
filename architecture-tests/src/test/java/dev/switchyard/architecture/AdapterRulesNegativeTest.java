package dev.switchyard.architecture;

import dev.switchyard.architecture.fixtures.adapters.bad.gateway.adapter.kafka.KafkaPublisherUsingJdbc;
import dev.switchyard.architecture.fixtures.adapters.bad.ops.adapter.http.ControllerUsingAService;
import dev.switchyard.architecture.fixtures.adapters.bad.ops.adapter.http.ControllerUsingRedis;
import org.junit.jupiter.api.Test;

class AdapterRulesNegativeTest {

    private static final Fixtures<AdapterRules> FIXTURES = Fixtures.of("adapters", AdapterRules::forBase);

    @Test
    void adaptersDoNotDependOnEachOther() {
        FIXTURES.verify(AdapterRules::adaptersDoNotDependOnEachOther,
                ControllerUsingRedis.class, KafkaPublisherUsingJdbc.class);
    }

    @Test
    void adaptersDoNotDependOnServices() {
        FIXTURES.verify(AdapterRules::adaptersDoNotDependOnServices, ControllerUsingAService.class);
    }
}
