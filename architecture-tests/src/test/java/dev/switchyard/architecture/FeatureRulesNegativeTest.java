package dev.switchyard.architecture;

import dev.switchyard.architecture.fixtures.features.bad.gateway.application.service.GatewayCallingTheRouter;
import dev.switchyard.architecture.fixtures.features.bad.router.adapter.http.ControllerUsingTestkit;
import dev.switchyard.architecture.fixtures.features.bad.router.adapter.redis.RedisAdapterUsingGatewayPort;
import dev.switchyard.architecture.fixtures.features.bad.router.application.service.RouterListeningToGateway;
import dev.switchyard.architecture.fixtures.features.bad.router.application.service.RouterUsingGatewayDomain;
import dev.switchyard.architecture.fixtures.features.bad.shared.SharedUsingAFeature;
import org.junit.jupiter.api.Test;

class FeatureRulesNegativeTest {

    private static final Fixtures<FeatureRules> FIXTURES = Fixtures.of("features", FeatureRules::forBase);

    @Test
    void featuresUseEachOtherOnlyThroughInputPortsAndEvents() {
        FIXTURES.verify(FeatureRules::featuresUseEachOtherOnlyThroughInputPortsAndEvents,
                RouterUsingGatewayDomain.class, RedisAdapterUsingGatewayPort.class, ControllerUsingTestkit.class);
    }

    /** Each edge of this cycle passes the isolation rule (an input port one way, an event the other). */
    @Test
    void topLevelPackagesAreFreeOfCycles() {
        FIXTURES.verify(FeatureRules::topLevelPackagesAreFreeOfCycles,
                GatewayCallingTheRouter.class, RouterListeningToGateway.class);
    }

    @Test
    void sharedKernelDependsOnNoFeature() {
        FIXTURES.verify(FeatureRules::sharedKernelDependsOnNoFeature, SharedUsingAFeature.class);
    }
}
