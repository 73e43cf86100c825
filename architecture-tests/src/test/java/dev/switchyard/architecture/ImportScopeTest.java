package dev.switchyard.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import java.util.List;

/**
 * The rule tests see what they should: every module's production classes (whether Maven hands them over
 * as directories or as JARs), and neither this module's tests nor its fixtures, which live below
 * {@code dev.switchyard} too.
 */
@AnalyzeClasses(packages = Switchyard.BASE_PACKAGE, importOptions = ImportOption.DoNotIncludeTests.class)
class ImportScopeTest {

    private static final Packages PACKAGES = new Packages(Switchyard.BASE_PACKAGE);

    @ArchTest
    static void tests_and_fixtures_of_this_module_are_not_imported(JavaClasses classes) {
        assertThat(classes.stream().map(JavaClass::getName))
                .isNotEmpty()
                .noneMatch(name -> name.startsWith(Switchyard.BASE_PACKAGE + ".architecture."));
    }

    @ArchTest
    static void every_layer_and_module_is_imported(JavaClasses classes) {
        List<String> modules = List.of(
                PACKAGES.domain(),
                PACKAGES.inputPorts(),
                PACKAGES.outputPorts(),
                PACKAGES.services(),
                Switchyard.BASE_PACKAGE + "..adapter.http..",
                Switchyard.BASE_PACKAGE + "..adapter.redis..",
                Switchyard.BASE_PACKAGE + "..adapter.kafka..",
                Switchyard.BASE_PACKAGE + "..adapter.jdbc..",
                PACKAGES.wiring(),
                PACKAGES.bootstrap(),
                PACKAGES.testkit());
        for (String module : modules) {
            assertThat(classes.that(resideInAPackage(module))).as("classes in %s", module).isNotEmpty();
        }
    }
}
