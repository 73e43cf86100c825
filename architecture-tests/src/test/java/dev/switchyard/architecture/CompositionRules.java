package dev.switchyard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.lang.ArchRule;

/** The composition root (bootstrap and the per-feature wiring) and the test support around the product. */
record CompositionRules(Packages packages) {

    static CompositionRules forBase(String basePackage) {
        return new CompositionRules(new Packages(basePackage));
    }

    ArchRule nothingDependsOnBootstrapOrWiring() {
        return noClasses().that().resideInAPackage(packages.everything())
                .and().resideOutsideOfPackages(packages.bootstrap(), packages.wiring())
                .should().dependOnClassesThat().resideInAnyPackage(packages.bootstrap(), packages.wiring())
                .because("bootstrap and the wiring compose everything and nothing sees them, so any adapter or "
                        + "use case can be rewired without touching the code that uses it");
    }

    ArchRule onlyWiringConstructsServices() {
        return noClasses().that().resideInAPackage(packages.everything())
                .and().resideOutsideOfPackage(packages.wiring())
                .should().accessTargetWhere(constructorOfAServiceFromOutsideIt())
                .because("services are built in one place, the feature's wiring, from ports and a Clock; "
                        + "everything else receives a UseCase interface");
    }

    ArchRule onlyTestkitDependsOnTestkit() {
        return noClasses().that().resideInAPackage(packages.everything())
                .and().resideOutsideOfPackage(packages.testkit())
                .should().dependOnClassesThat().resideInAPackage(packages.testkit())
                .because("testkit is test scope only and never ships in switchyard.jar");
    }

    ArchRule testkitDoesNotDependOnAdaptersWiringOrBootstrap() {
        return noClasses().that().resideInAPackage(packages.testkit())
                .should().dependOnClassesThat()
                .resideInAnyPackage(packages.adapters(), packages.wiring(), packages.bootstrap())
                .because("testkit offers real servers, simulators, fakes and contracts against the ports; a test "
                        + "that needs an adapter or the whole context gets it from its own module");
    }

    /** A call of a service class's constructor, or a {@code Service::new}, from outside that class's own nest. */
    private DescribedPredicate<JavaAccess<?>> constructorOfAServiceFromOutsideIt() {
        PackageMatcher services = PackageMatcher.of(packages.services());
        return DescribedPredicate.describe("a constructor of a class in " + packages.services()
                        + " (other than the caller's own nested types)",
                access -> isConstructor(access.getTarget())
                        && services.matches(access.getTargetOwner().getPackageName())
                        && !ClassPredicates.topLevelClassOf(access.getOriginOwner())
                                .equals(ClassPredicates.topLevelClassOf(access.getTargetOwner())));
    }

    private static boolean isConstructor(AccessTarget target) {
        return target instanceof AccessTarget.ConstructorCallTarget
                || target instanceof AccessTarget.ConstructorReferenceTarget;
    }
}
