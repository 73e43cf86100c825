package dev.switchyard.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.conditions.ArchConditions.have;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static dev.switchyard.architecture.ClassPredicates.generatedByMicronaut;
import static dev.switchyard.architecture.ClassPredicates.implementAnInterfaceIn;
import static dev.switchyard.architecture.ClassPredicates.simpleNameMatching;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/** The naming table of architecture.md, tested rather than agreed. Annotations are matched by name. */
record NamingRules(Packages packages) {

    static final String CONTROLLER = "io.micronaut.http.annotation.Controller";
    static final String KAFKA_LISTENER = "io.micronaut.configuration.kafka.annotation.KafkaListener";
    static final String SCHEDULED = "io.micronaut.scheduling.annotation.Scheduled";
    static final String SINGLETON = "jakarta.inject.Singleton";
    static final String FACTORY = "io.micronaut.context.annotation.Factory";
    static final String CONFIGURATION_PROPERTIES = "io.micronaut.context.annotation.ConfigurationProperties";
    static final String EACH_PROPERTY = "io.micronaut.context.annotation.EachProperty";
    static final String TECHNOLOGY_PREFIX =
            "(Redis|Kafka|Jdbc|Kiro|InMemory|Http|Webhook|Sse|Mcp|Log|Disk|Caffeine|Micrometer|Anthropic|OpenAi)[A-Z].*";

    static NamingRules forBase(String basePackage) {
        return new NamingRules(new Packages(basePackage));
    }

    ArchRule inputPortTypesAreUseCasesCommandsQueriesViewsOrResults() {
        return classes().that().resideInAPackage(packages.inputPorts())
                .and().areTopLevelClasses()
                .and().doNotHaveSimpleName("package-info")
                .should().haveSimpleNameEndingWith("UseCase")
                .orShould().haveSimpleNameEndingWith("Command")
                .orShould().haveSimpleNameEndingWith("Query")
                .orShould().haveSimpleNameEndingWith("View")
                .orShould().haveSimpleNameEndingWith("Result")
                .because("an input port is a <Verb><Noun>UseCase with the Command/Query it takes and the "
                        + "View/Result it returns");
    }

    ArchRule useCasesAreInterfacesWithOneMethod() {
        return classes().that().resideInAPackage(packages.inputPorts())
                .and().haveSimpleNameEndingWith("UseCase")
                .should(beAnInterfaceDeclaringExactlyOneMethod())
                .because("one use case, one method named by its verb (SendMessageUseCase.send): "
                        + "a second method is a second use case");
    }

    ArchRule servicesAreNamedService() {
        return classes().that().resideInAPackage(packages.services())
                .and().arePublic()
                .and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("Service")
                .because("a use case's implementation is the <Verb><Noun>Service of its <Verb><Noun>UseCase");
    }

    ArchRule servicesAreFinalAndImplementOneUseCase() {
        return classes().that().resideInAPackage(packages.services())
                .and().arePublic()
                .and().areTopLevelClasses()
                .should().haveModifier(JavaModifier.FINAL)
                .andShould(implementExactlyOneUseCase())
                .because("a service implements one use case and is composed, not extended");
    }

    ArchRule controllersEndWithController() {
        return classes().that().resideInAPackage(packages.everything())
                .and().areAnnotatedWith(CONTROLLER)
                .should().haveSimpleNameEndingWith("Controller")
                .because("driving adapters are named by how they are driven: …Controller for HTTP");
    }

    ArchRule kafkaListenersEndWithListener() {
        return classes().that().resideInAPackage(packages.everything())
                .and().areAnnotatedWith(KAFKA_LISTENER)
                .should().haveSimpleNameEndingWith("Listener")
                .because("driving adapters are named by how they are driven: …Listener for Kafka")
                // No Kafka listener exists yet; the router's UsageRecordListener and messaging bring the first.
                .allowEmptyShould(true);
    }

    ArchRule scheduledJobsEndWithJob() {
        return classes().that().resideInAPackage(packages.everything())
                .and().containAnyMethodsThat(annotatedWith(SCHEDULED))
                .should().haveSimpleNameEndingWith("Job")
                .because("driving adapters are named by how they are driven: …Job for a scheduled task")
                // No scheduled task exists yet; messaging's retention and delivery jobs bring the first.
                .allowEmptyShould(true);
    }

    ArchRule drivenAdaptersHaveATechnologyPrefix() {
        return classes().that().resideInAPackage(packages.adapters())
                .and(implementAnInterfaceIn(packages.outputPorts()))
                .and().areNotAnonymousClasses()
                .and(not(generatedByMicronaut()))
                .should(have(simpleNameMatching(TECHNOLOGY_PREFIX)))
                .because("a driven adapter is <Technology><Port> (RedisAccountPool, InMemoryMessageQueue), "
                        + "so the implementations of one port line up by technology");
    }

    ArchRule singletonAdaptersImplementAnOutputPort() {
        return classes().that().resideInAPackage(packages.adapters())
                .and().areAnnotatedWith(SINGLETON)
                .should(be(implementAnInterfaceIn(packages.outputPorts())))
                .because("a @Singleton adapter is a driven adapter and exists to implement an output port; "
                        + "controllers, filters, listeners and jobs are beans through their own annotations");
    }

    ArchRule domainEventsAreRecordsOfASealedInterface() {
        return classes().that().resideInAPackage(packages.domainEvents())
                .and().doNotHaveSimpleName("package-info")
                .should(be(aRecordOfASealedInterfaceOfItsPackageOrThatInterface()))
                .because("a feature's events are a closed set (sealed <Feature>Event) of immutable facts (records), "
                        + "so a consumer's switch over them is exhaustive")
                // No feature publishes domain events yet; gateway's AccountQuarantined/AccountRestored come first.
                .allowEmptyShould(true);
    }

    ArchRule wiringClassesAreFactoriesOrConfigurationProperties() {
        return classes().that().resideInAPackage(packages.wiring())
                .and().areTopLevelClasses()
                .and().doNotHaveSimpleName("package-info")
                .and(not(generatedByMicronaut()))
                .should().beAnnotatedWith(FACTORY)
                .orShould().beAnnotatedWith(CONFIGURATION_PROPERTIES)
                .orShould().beAnnotatedWith(EACH_PROPERTY)
                .because("the wiring only composes beans (@Factory) and binds configuration "
                        + "(@ConfigurationProperties, @EachProperty); logic belongs in a service or an adapter");
    }

    private static ArchCondition<JavaClass> beAnInterfaceDeclaringExactlyOneMethod() {
        return new ArchCondition<>("be an interface declaring exactly one method") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                List<String> methods = javaClass.getMethods().stream()
                        .filter(method -> !method.getModifiers().contains(JavaModifier.SYNTHETIC))
                        .filter(method -> !method.getModifiers().contains(JavaModifier.BRIDGE))
                        .map(JavaMethod::getName)
                        .sorted()
                        .toList();
                boolean satisfied = javaClass.isInterface() && methods.size() == 1;
                String message = "%s is %s declaring %d method(s) %s".formatted(javaClass.getName(),
                        javaClass.isInterface() ? "an interface" : "not an interface", methods.size(), methods);
                events.add(new SimpleConditionEvent(javaClass, satisfied, message));
            }
        };
    }

    private ArchCondition<JavaClass> implementExactlyOneUseCase() {
        PackageMatcher inputPorts = PackageMatcher.of(packages.inputPorts());
        return new ArchCondition<>("implement exactly one *UseCase of " + packages.inputPorts()) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                List<String> useCases = javaClass.getAllRawInterfaces().stream()
                        .filter(type -> inputPorts.matches(type.getPackageName()))
                        .filter(type -> type.getSimpleName().endsWith("UseCase"))
                        .map(JavaClass::getSimpleName)
                        .sorted()
                        .toList();
                String message = "%s implements %d use case(s) %s".formatted(
                        javaClass.getName(), useCases.size(), useCases);
                events.add(new SimpleConditionEvent(javaClass, useCases.size() == 1, message));
            }
        };
    }

    private static DescribedPredicate<JavaClass> aRecordOfASealedInterfaceOfItsPackageOrThatInterface() {
        return DescribedPredicate.describe("a record implementing a sealed interface of its package, or that "
                + "sealed interface", javaClass -> javaClass.isInterface() && javaClass.isSealed()
                        || javaClass.isRecord() && javaClass.getAllRawInterfaces().stream()
                                .anyMatch(type -> type.isInterface() && type.isSealed()
                                        && type.getPackageName().equals(javaClass.getPackageName())));
    }
}
