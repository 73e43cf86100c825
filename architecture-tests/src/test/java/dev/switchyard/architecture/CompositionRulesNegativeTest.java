package dev.switchyard.architecture;

import dev.switchyard.architecture.fixtures.composition.bad.ops.adapter.http.ControllerBuildingAService;
import dev.switchyard.architecture.fixtures.composition.bad.ops.adapter.http.ControllerUsingTheWiring;
import dev.switchyard.architecture.fixtures.composition.bad.ops.adapter.jdbc.AdapterUsingFeatureTestkit;
import dev.switchyard.architecture.fixtures.composition.bad.ops.adapter.memory.ServiceSupplier;
import dev.switchyard.architecture.fixtures.composition.bad.ops.application.service.ServiceBuildingAService;
import dev.switchyard.architecture.fixtures.composition.bad.ops.application.service.ServiceUsingBootstrap;
import dev.switchyard.architecture.fixtures.composition.bad.ops.domain.DomainUsingTestkit;
import dev.switchyard.architecture.fixtures.composition.bad.ops.testkit.FixturesUsingTheWiring;
import dev.switchyard.architecture.fixtures.composition.bad.testkit.TestkitUsingAnAdapter;
import dev.switchyard.architecture.fixtures.composition.bad.testkit.TestkitUsingBootstrap;
import org.junit.jupiter.api.Test;

class CompositionRulesNegativeTest {

    private static final Fixtures<CompositionRules> FIXTURES = Fixtures.of("composition", CompositionRules::forBase);

    @Test
    void nothingDependsOnBootstrapOrWiring() {
        FIXTURES.verify(CompositionRules::nothingDependsOnBootstrapOrWiring,
                ControllerUsingTheWiring.class, ServiceUsingBootstrap.class,
                FixturesUsingTheWiring.class, TestkitUsingBootstrap.class);
    }

    /** A constructor call from an adapter or another service, and a {@code TickService::new} reference. */
    @Test
    void onlyWiringConstructsServices() {
        FIXTURES.verify(CompositionRules::onlyWiringConstructsServices,
                ControllerBuildingAService.class, ServiceBuildingAService.class, ServiceSupplier.class);
    }

    @Test
    void onlyTestkitDependsOnTestkit() {
        FIXTURES.verify(CompositionRules::onlyTestkitDependsOnTestkit,
                DomainUsingTestkit.class, AdapterUsingFeatureTestkit.class);
    }

    @Test
    void testkitDoesNotDependOnAdaptersWiringOrBootstrap() {
        FIXTURES.verify(CompositionRules::testkitDoesNotDependOnAdaptersWiringOrBootstrap,
                TestkitUsingAnAdapter.class, FixturesUsingTheWiring.class, TestkitUsingBootstrap.class);
    }
}
