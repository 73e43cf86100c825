package dev.switchyard.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = Switchyard.BASE_PACKAGE, importOptions = ImportOption.DoNotIncludeTests.class)
class CodingRulesTest {

    private static final CodingRules RULES = CodingRules.forBase(Switchyard.BASE_PACKAGE);

    @ArchTest
    static final ArchRule no_standard_streams = RULES.noStandardStreams();

    @ArchTest
    static final ArchRule no_generic_exceptions = RULES.noGenericExceptions();

    @ArchTest
    static final ArchRule no_java_util_logging = RULES.noJavaUtilLogging();

    @ArchTest
    static final ArchRule no_field_injection = RULES.noFieldInjection();

    @ArchTest
    static final ArchRule no_wall_clock_in_core = RULES.noWallClockInCore();

    @ArchTest
    static final ArchRule no_mutable_statics_in_core = RULES.noMutableStaticsInCore();
}
