package dev.switchyard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** Adapters sit outside the hexagon, one technology each. */
record AdapterRules(Packages packages) {

    static AdapterRules forBase(String basePackage) {
        return new AdapterRules(new Packages(basePackage));
    }

    ArchRule adaptersDoNotDependOnEachOther() {
        return slices().matching(packages.adaptersByTechnology()).namingSlices("adapter.$1")
                .should().notDependOnEachOther()
                .because("each technology's adapter can be replaced on its own (Kafka by memory, Redis by Caffeine); "
                        + "what two adapters need to share belongs in a port or the domain");
    }

    ArchRule adaptersDoNotDependOnServices() {
        return noClasses().that().resideInAPackage(packages.adapters())
                .should().dependOnClassesThat().resideInAPackage(packages.services())
                .because("driving adapters call an input port (a UseCase interface), never its implementation, "
                        + "and driven adapters only implement output ports");
    }
}
