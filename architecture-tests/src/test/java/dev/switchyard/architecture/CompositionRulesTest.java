package dev.switchyard.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = Switchyard.BASE_PACKAGE, importOptions = ImportOption.DoNotIncludeTests.class)
class CompositionRulesTest {

    private static final CompositionRules RULES = CompositionRules.forBase(Switchyard.BASE_PACKAGE);

    @ArchTest
    static final ArchRule nothing_depends_on_bootstrap_or_wiring = RULES.nothingDependsOnBootstrapOrWiring();

    @ArchTest
    static final ArchRule only_wiring_constructs_services = RULES.onlyWiringConstructsServices();

    @ArchTest
    static final ArchRule only_testkit_depends_on_testkit = RULES.onlyTestkitDependsOnTestkit();

    @ArchTest
    static final ArchRule testkit_does_not_depend_on_adapters_wiring_or_bootstrap =
            RULES.testkitDoesNotDependOnAdaptersWiringOrBootstrap();
}
