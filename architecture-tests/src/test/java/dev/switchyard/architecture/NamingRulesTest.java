package dev.switchyard.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = Switchyard.BASE_PACKAGE, importOptions = ImportOption.DoNotIncludeTests.class)
class NamingRulesTest {

    private static final NamingRules RULES = NamingRules.forBase(Switchyard.BASE_PACKAGE);

    @ArchTest
    static final ArchRule input_port_types_are_use_cases_commands_queries_views_or_results =
            RULES.inputPortTypesAreUseCasesCommandsQueriesViewsOrResults();

    @ArchTest
    static final ArchRule use_cases_are_interfaces_with_one_method = RULES.useCasesAreInterfacesWithOneMethod();

    @ArchTest
    static final ArchRule services_are_named_service = RULES.servicesAreNamedService();

    @ArchTest
    static final ArchRule services_are_final_and_implement_one_use_case =
            RULES.servicesAreFinalAndImplementOneUseCase();

    @ArchTest
    static final ArchRule controllers_end_with_controller = RULES.controllersEndWithController();

    @ArchTest
    static final ArchRule kafka_listeners_end_with_listener = RULES.kafkaListenersEndWithListener();

    @ArchTest
    static final ArchRule scheduled_jobs_end_with_job = RULES.scheduledJobsEndWithJob();

    @ArchTest
    static final ArchRule driven_adapters_have_a_technology_prefix = RULES.drivenAdaptersHaveATechnologyPrefix();

    @ArchTest
    static final ArchRule singleton_adapters_implement_an_output_port = RULES.singletonAdaptersImplementAnOutputPort();

    @ArchTest
    static final ArchRule domain_events_are_records_of_a_sealed_interface =
            RULES.domainEventsAreRecordsOfASealedInterface();

    @ArchTest
    static final ArchRule wiring_classes_are_factories_or_configuration_properties =
            RULES.wiringClassesAreFactoriesOrConfigurationProperties();
}
