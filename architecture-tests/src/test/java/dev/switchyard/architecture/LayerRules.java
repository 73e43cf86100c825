package dev.switchyard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** The hexagon's core: what the domain and the application layer may see. */
record LayerRules(Packages packages) {

    private static final String[] FRAMEWORKS = {
        "io.micronaut..", "jakarta..", "reactor..", "io.lettuce..", "org.apache.kafka..", "com.fasterxml.."
    };

    static LayerRules forBase(String basePackage) {
        return new LayerRules(new Packages(basePackage));
    }

    ArchRule domainDependsOnlyOnJdk() {
        return classes().that().resideInAPackage(packages.domain())
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", packages.domain())
                .because("the domain is the model in plain Java: it compiles, runs and is tested with the JDK alone");
    }

    ArchRule applicationDependsOnlyOnDomainAndJdk() {
        return classes().that().resideInAPackage(packages.application())
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.slf4j..", packages.domain(), packages.application())
                .because("use cases and ports are built by hand in tests and wired by bootstrap; "
                        + "they know the domain, the JDK and the SLF4J API, never an adapter or the wiring");
    }

    /** Rules 1 and 2 forbid this already; this one names the framework in its message. */
    ArchRule coreIsFrameworkFree() {
        return noClasses().that().resideInAnyPackage(packages.domain(), packages.application())
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("domain and application carry no DI, web, Redis, Kafka or JSON types or annotations; "
                        + "adapters and wiring bring the framework");
    }

    ArchRule inputPortsDoNotDependOnOutputPorts() {
        return noClasses().that().resideInAPackage(packages.inputPorts())
                .should().dependOnClassesThat().resideInAPackage(packages.outputPorts())
                .because("an input port says what the application offers, an output port what it needs; "
                        + "only a service joins the two");
    }

    ArchRule outputPortsDoNotDependOnInputPorts() {
        return noClasses().that().resideInAPackage(packages.outputPorts())
                .should().dependOnClassesThat().resideInAPackage(packages.inputPorts())
                .because("an output port says what the application needs, an input port what it offers; "
                        + "only a service joins the two");
    }

    ArchRule portsAreInterfacesRecordsOrEnums() {
        return classes().that().resideInAPackage(packages.ports())
                .and().areTopLevelClasses()
                .and().doNotHaveSimpleName("package-info")
                .should().beInterfaces().orShould().beRecords().orShould().beEnums()
                .because("a port is a contract (an interface) and the values that cross it (records, enums); "
                        + "behaviour lives in services and adapters");
    }
}
