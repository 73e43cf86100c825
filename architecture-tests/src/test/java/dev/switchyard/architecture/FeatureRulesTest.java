package dev.switchyard.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = Switchyard.BASE_PACKAGE, importOptions = ImportOption.DoNotIncludeTests.class)
class FeatureRulesTest {

    private static final FeatureRules RULES = FeatureRules.forBase(Switchyard.BASE_PACKAGE);

    @ArchTest
    static final ArchRule features_use_each_other_only_through_input_ports_and_events =
            RULES.featuresUseEachOtherOnlyThroughInputPortsAndEvents();

    @ArchTest
    static final ArchRule top_level_packages_are_free_of_cycles = RULES.topLevelPackagesAreFreeOfCycles();

    @ArchTest
    static final ArchRule shared_kernel_depends_on_no_feature = RULES.sharedKernelDependsOnNoFeature();
}
