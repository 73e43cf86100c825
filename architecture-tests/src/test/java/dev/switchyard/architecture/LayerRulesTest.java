package dev.switchyard.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = Switchyard.BASE_PACKAGE, importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    private static final LayerRules RULES = LayerRules.forBase(Switchyard.BASE_PACKAGE);

    @ArchTest
    static final ArchRule domain_depends_only_on_jdk = RULES.domainDependsOnlyOnJdk();

    @ArchTest
    static final ArchRule application_depends_only_on_domain_and_jdk = RULES.applicationDependsOnlyOnDomainAndJdk();

    @ArchTest
    static final ArchRule core_is_framework_free = RULES.coreIsFrameworkFree();

    @ArchTest
    static final ArchRule input_ports_do_not_depend_on_output_ports = RULES.inputPortsDoNotDependOnOutputPorts();

    @ArchTest
    static final ArchRule output_ports_do_not_depend_on_input_ports = RULES.outputPortsDoNotDependOnInputPorts();

    @ArchTest
    static final ArchRule ports_are_interfaces_records_or_enums = RULES.portsAreInterfacesRecordsOrEnums();
}
