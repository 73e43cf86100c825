package dev.switchyard.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = Switchyard.BASE_PACKAGE, importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterRulesTest {

    private static final AdapterRules RULES = AdapterRules.forBase(Switchyard.BASE_PACKAGE);

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = RULES.adaptersDoNotDependOnEachOther();

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_services = RULES.adaptersDoNotDependOnServices();
}
