package dev.switchyard.architecture;

import dev.switchyard.architecture.fixtures.naming.bad.router.adapter.http.RouteEndpoint;
import dev.switchyard.architecture.fixtures.naming.bad.router.adapter.http.SingletonHelper;
import dev.switchyard.architecture.fixtures.naming.bad.router.adapter.kafka.UsageConsumer;
import dev.switchyard.architecture.fixtures.naming.bad.router.adapter.redis.BackendImpl;
import dev.switchyard.architecture.fixtures.naming.bad.router.adapter.redis.RedistributingBackend;
import dev.switchyard.architecture.fixtures.naming.bad.router.adapter.scheduler.CleanupTask;
import dev.switchyard.architecture.fixtures.naming.bad.router.application.port.in.MarkerUseCase;
import dev.switchyard.architecture.fixtures.naming.bad.router.application.port.in.RoutePort;
import dev.switchyard.architecture.fixtures.naming.bad.router.application.port.in.RouteRequest;
import dev.switchyard.architecture.fixtures.naming.bad.router.application.port.in.TwoMethodUseCase;
import dev.switchyard.architecture.fixtures.naming.bad.router.application.service.NoUseCaseService;
import dev.switchyard.architecture.fixtures.naming.bad.router.application.service.OpenRouteService;
import dev.switchyard.architecture.fixtures.naming.bad.router.application.service.RouteAndPingService;
import dev.switchyard.architecture.fixtures.naming.bad.router.application.service.RouteHandler;
import dev.switchyard.architecture.fixtures.naming.bad.router.domain.event.ClassEvent;
import dev.switchyard.architecture.fixtures.naming.bad.router.domain.event.LooseEvent;
import dev.switchyard.architecture.fixtures.naming.bad.router.domain.event.OpenEventType;
import dev.switchyard.architecture.fixtures.naming.bad.router.wiring.RouterHelper;
import org.junit.jupiter.api.Test;

class NamingRulesNegativeTest {

    private static final Fixtures<NamingRules> FIXTURES = Fixtures.of("naming", NamingRules::forBase);

    @Test
    void inputPortTypesAreUseCasesCommandsQueriesViewsOrResults() {
        FIXTURES.verify(NamingRules::inputPortTypesAreUseCasesCommandsQueriesViewsOrResults,
                RoutePort.class, RouteRequest.class);
    }

    @Test
    void useCasesAreInterfacesWithOneMethod() {
        FIXTURES.verify(NamingRules::useCasesAreInterfacesWithOneMethod,
                TwoMethodUseCase.class, MarkerUseCase.class);
    }

    @Test
    void servicesAreNamedService() {
        FIXTURES.verify(NamingRules::servicesAreNamedService, RouteHandler.class);
    }

    @Test
    void servicesAreFinalAndImplementOneUseCase() {
        FIXTURES.verify(NamingRules::servicesAreFinalAndImplementOneUseCase,
                OpenRouteService.class, RouteAndPingService.class, NoUseCaseService.class);
    }

    @Test
    void controllersEndWithController() {
        FIXTURES.verify(NamingRules::controllersEndWithController, RouteEndpoint.class);
    }

    @Test
    void kafkaListenersEndWithListener() {
        FIXTURES.verify(NamingRules::kafkaListenersEndWithListener, UsageConsumer.class);
    }

    @Test
    void scheduledJobsEndWithJob() {
        FIXTURES.verify(NamingRules::scheduledJobsEndWithJob, CleanupTask.class);
    }

    @Test
    void drivenAdaptersHaveATechnologyPrefix() {
        FIXTURES.verify(NamingRules::drivenAdaptersHaveATechnologyPrefix,
                BackendImpl.class, RedistributingBackend.class);
    }

    @Test
    void singletonAdaptersImplementAnOutputPort() {
        FIXTURES.verify(NamingRules::singletonAdaptersImplementAnOutputPort, SingletonHelper.class);
    }

    @Test
    void domainEventsAreRecordsOfASealedInterface() {
        FIXTURES.verify(NamingRules::domainEventsAreRecordsOfASealedInterface,
                ClassEvent.class, LooseEvent.class, OpenEventType.class);
    }

    @Test
    void wiringClassesAreFactoriesOrConfigurationProperties() {
        FIXTURES.verify(NamingRules::wiringClassesAreFactoriesOrConfigurationProperties, RouterHelper.class);
    }
}
