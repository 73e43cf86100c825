package dev.switchyard.architecture;

import dev.switchyard.architecture.fixtures.layers.bad.ops.application.port.in.UseCaseExposingAPortOut;
import dev.switchyard.architecture.fixtures.layers.bad.ops.application.port.out.ClassInAPortPackage;
import dev.switchyard.architecture.fixtures.layers.bad.ops.application.port.out.PortOutTakingACommand;
import dev.switchyard.architecture.fixtures.layers.bad.ops.application.service.ServiceAnnotatedSingleton;
import dev.switchyard.architecture.fixtures.layers.bad.ops.application.service.ServiceUsingAnAdapter;
import dev.switchyard.architecture.fixtures.layers.bad.ops.domain.DomainUsingJackson;
import dev.switchyard.architecture.fixtures.layers.bad.ops.domain.DomainUsingSlf4j;
import dev.switchyard.architecture.fixtures.layers.bad.ops.domain.DomainUsingTheApplication;
import org.junit.jupiter.api.Test;

class LayerRulesNegativeTest {

    private static final Fixtures<LayerRules> FIXTURES = Fixtures.of("layers", LayerRules::forBase);

    @Test
    void domainDependsOnlyOnJdk() {
        FIXTURES.verify(LayerRules::domainDependsOnlyOnJdk,
                DomainUsingTheApplication.class, DomainUsingSlf4j.class, DomainUsingJackson.class);
    }

    @Test
    void applicationDependsOnlyOnDomainAndJdk() {
        FIXTURES.verify(LayerRules::applicationDependsOnlyOnDomainAndJdk,
                ServiceAnnotatedSingleton.class, ServiceUsingAnAdapter.class);
    }

    @Test
    void coreIsFrameworkFree() {
        FIXTURES.verify(LayerRules::coreIsFrameworkFree, DomainUsingJackson.class, ServiceAnnotatedSingleton.class);
    }

    @Test
    void inputPortsDoNotDependOnOutputPorts() {
        FIXTURES.verify(LayerRules::inputPortsDoNotDependOnOutputPorts, UseCaseExposingAPortOut.class);
    }

    @Test
    void outputPortsDoNotDependOnInputPorts() {
        FIXTURES.verify(LayerRules::outputPortsDoNotDependOnInputPorts, PortOutTakingACommand.class);
    }

    @Test
    void portsAreInterfacesRecordsOrEnums() {
        FIXTURES.verify(LayerRules::portsAreInterfacesRecordsOrEnums, ClassInAPortPackage.class);
    }
}
