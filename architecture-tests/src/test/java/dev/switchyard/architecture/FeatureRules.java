package dev.switchyard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The modular monolith: features are top-level packages that see each other only through input ports
 * and domain events. {@code bootstrap} and {@code testkit} are not features: bootstrap composes
 * everything, test support (top-level or a feature's {@code testkit} package) may use any feature's
 * domain and application, within the limits of {@link CompositionRules}.
 */
record FeatureRules(Packages packages) {

    static FeatureRules forBase(String basePackage) {
        return new FeatureRules(new Packages(basePackage));
    }

    ArchRule featuresUseEachOtherOnlyThroughInputPortsAndEvents() {
        return classes().that(resideInAFeature())
                .and().resideOutsideOfPackage(packages.testkit())
                .should(dependOnOtherFeaturesOnlyThroughInputPortsAndEvents())
                .because("a feature keeps its model, output ports and adapters to itself and offers the others its "
                        + "use cases (application.port.in) and domain events; what two features truly share "
                        + "lives in the shared kernel");
    }

    ArchRule topLevelPackagesAreFreeOfCycles() {
        return slices().matching(packages.topLevelPackages()).namingSlices("$1")
                .should().beFreeOfCycles()
                .because("features, shared kernel, bootstrap and testkit form a hierarchy; a cycle would make "
                        + "two of them one module");
    }

    ArchRule sharedKernelDependsOnNoFeature() {
        return noClasses().that().resideInAPackage(packages.shared())
                .should().dependOnClassesThat(resideInAFeature())
                .because("the shared kernel is what every feature may use, so it cannot know any of them");
    }

    private DescribedPredicate<JavaClass> resideInAFeature() {
        return DescribedPredicate.describe("reside in a feature package " + packages.base() + ".<feature>..",
                packages::isInFeature);
    }

    private ArchCondition<JavaClass> dependOnOtherFeaturesOnlyThroughInputPortsAndEvents() {
        return new ArchCondition<>("depend on other features only through their application.port.in and "
                + "domain.event packages, and on no package of " + packages.base() + " that is not a feature "
                + "but the shared kernel") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String feature = packages.topLevelPackageOf(origin).orElseThrow();
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    packages.topLevelPackageOf(dependency.getTargetClass())
                            .filter(target -> !mayUse(feature, target, dependency.getTargetClass()))
                            .ifPresent(target -> events.add(SimpleConditionEvent.violated(dependency,
                                    "feature " + feature + " reaches into " + target + ": "
                                            + dependency.getDescription())));
                }
            }
        };
    }

    private boolean mayUse(String feature, String targetPackage, JavaClass target) {
        return targetPackage.equals(feature)
                || targetPackage.equals(Packages.SHARED)
                || packages.isFeature(targetPackage) && packages.isPublishedByItsFeature(target);
    }
}
