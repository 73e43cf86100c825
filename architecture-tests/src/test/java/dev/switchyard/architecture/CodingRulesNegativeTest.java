package dev.switchyard.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.switchyard.architecture.fixtures.coding.bad.ops.adapter.http.PrintingController;
import dev.switchyard.architecture.fixtures.coding.bad.ops.adapter.jdbc.JulLoggerField;
import dev.switchyard.architecture.fixtures.coding.bad.ops.adapter.jdbc.JulLoggingAdapter;
import dev.switchyard.architecture.fixtures.coding.bad.ops.adapter.redis.JakartaInjectedField;
import dev.switchyard.architecture.fixtures.coding.bad.ops.adapter.redis.PropertyInjectedField;
import dev.switchyard.architecture.fixtures.coding.bad.ops.adapter.redis.ValueInjectedField;
import dev.switchyard.architecture.fixtures.coding.bad.ops.application.service.CountingService;
import dev.switchyard.architecture.fixtures.coding.bad.ops.application.service.GenericThrowingService;
import dev.switchyard.architecture.fixtures.coding.bad.ops.application.service.WallClockService;
import dev.switchyard.architecture.fixtures.coding.bad.ops.domain.MutableRegistry;
import dev.switchyard.architecture.fixtures.coding.bad.ops.domain.WallClockDomain;
import dev.switchyard.architecture.fixtures.coding.bad.testkit.ErrPrinting;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodingRulesNegativeTest {

    private static final Fixtures<CodingRules> FIXTURES = Fixtures.of("coding", CodingRules::forBase);

    @Test
    void noStandardStreams() {
        FIXTURES.verify(CodingRules::noStandardStreams, PrintingController.class, ErrPrinting.class);
    }

    @Test
    void noGenericExceptions() {
        FIXTURES.verify(CodingRules::noGenericExceptions, GenericThrowingService.class);
    }

    @Test
    void noJavaUtilLogging() {
        FIXTURES.verify(CodingRules::noJavaUtilLogging, JulLoggingAdapter.class, JulLoggerField.class);
    }

    @Test
    void noFieldInjection() {
        // javax.inject.Inject is matched by the same name list; it is not on this module's class path.
        FIXTURES.verify(CodingRules::noFieldInjection,
                JakartaInjectedField.class, ValueInjectedField.class, PropertyInjectedField.class);
    }

    @Test
    void noWallClockInCore() {
        FIXTURES.verify(CodingRules::noWallClockInCore, WallClockDomain.class, WallClockService.class);
    }

    @Test
    void noWallClockInCoreNamesEveryRead() {
        String bad = WallClockDomain.class.getPackageName().replace(".ops.domain", "");
        String report = CodingRules.forBase(bad).noWallClockInCore()
                .evaluate(new ClassFileImporter().importPackages(bad))
                .getFailureReport().toString();

        assertThat(report).contains(List.of(
                "<java.time.Instant.now()>",
                "<java.time.LocalDateTime.now()>",
                "<java.time.LocalDate.now()>",
                "<java.time.LocalDate.now(java.time.ZoneId)>",
                "<java.time.ZonedDateTime.now()>",
                "<java.time.OffsetDateTime.now()>",
                "<java.time.Clock.systemUTC()>",
                "<java.time.Clock.systemDefaultZone()>",
                "references method <java.time.Instant.now()>",
                "<java.lang.System.currentTimeMillis()>"));
    }

    @Test
    void noMutableStaticsInCore() {
        FIXTURES.verify(CodingRules::noMutableStaticsInCore, MutableRegistry.class, CountingService.class);
    }
}
