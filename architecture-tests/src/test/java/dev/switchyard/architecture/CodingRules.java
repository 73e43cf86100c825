package dev.switchyard.architecture;

import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.THROW_GENERIC_EXCEPTIONS;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Coding rules: logging, exceptions, injection, and the core's independence from time and global state. */
record CodingRules(Packages packages) {

    /** ArchUnit's field-injection rule knows the first two (and Spring's), not Micronaut's @Value and @Property. */
    private static final List<String> INJECTION_ANNOTATIONS = List.of(
            "jakarta.inject.Inject",
            "javax.inject.Inject",
            "io.micronaut.context.annotation.Value",
            "io.micronaut.context.annotation.Property");

    /** Static methods that read the system clock, by owner. */
    private static final Map<String, Set<String>> WALL_CLOCK_READS = Map.of(
            "java.lang.System", Set.of("currentTimeMillis"),
            "java.time.Clock", Set.of("systemUTC", "systemDefaultZone", "system",
                    "tickMillis", "tickSeconds", "tickMinutes"),
            "java.time.InstantSource", Set.of("system"));
    /** Types whose {@code now()} and {@code now(ZoneId)} read the system clock; {@code now(Clock)} is fine. */
    private static final Set<String> HAVE_NOW = Set.of(
            "java.time.Instant", "java.time.LocalDateTime", "java.time.LocalDate", "java.time.LocalTime",
            "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.OffsetTime",
            "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    static CodingRules forBase(String basePackage) {
        return new CodingRules(new Packages(basePackage));
    }

    ArchRule noStandardStreams() {
        return noClasses().that().resideInAPackage(packages.everything())
                .should(ACCESS_STANDARD_STREAMS)
                .because("output goes through SLF4J, which adds the request id and feeds the JSON log pipeline");
    }

    ArchRule noGenericExceptions() {
        return noClasses().that().resideInAPackage(packages.everything())
                .should(THROW_GENERIC_EXCEPTIONS)
                .because("a caller can only handle what it can tell apart: throw IllegalArgumentException, "
                        + "IllegalStateException, UncheckedIOException or a specific exception");
    }

    /** ArchUnit's USE_JAVA_UTIL_LOGGING only sees fields being set; an inline getLogger(..).info(..) passes it. */
    ArchRule noJavaUtilLogging() {
        return noClasses().that().resideInAPackage(packages.everything())
                .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
                .because("SLF4J is the one logging API; java.util.logging bypasses the MDC and the JSON encoder");
    }

    ArchRule noFieldInjection() {
        return noFields().that().areDeclaredInClassesThat().resideInAPackage(packages.everything())
                .should(be(DescribedPredicate.<JavaField>describe("annotated with one of " + INJECTION_ANNOTATIONS,
                        field -> INJECTION_ANNOTATIONS.stream().anyMatch(field::isAnnotatedWith))))
                .because("dependencies and configuration arrive through the constructor into final fields, "
                        + "so a class can be built by hand in a test and is never half-initialised");
    }

    ArchRule noWallClockInCore() {
        return noClasses().that().resideInAnyPackage(packages.domain(), packages.application())
                .should().accessTargetWhere(aWallClockRead())
                .because("time in the core comes from the injected java.time.Clock, so a test can move it "
                        + "(ManualClock); System.nanoTime() stays allowed as a monotonic timer for durations");
    }

    ArchRule noMutableStaticsInCore() {
        return fields().that().areDeclaredInClassesThat()
                .resideInAnyPackage(packages.domain(), packages.application())
                .and().areStatic()
                .should().beFinal()
                .because("global mutable state in the core leaks between requests and tests; "
                        + "state lives in objects the wiring creates");
    }

    private static DescribedPredicate<JavaAccess<?>> aWallClockRead() {
        return DescribedPredicate.describe("a read of the system clock (Instant.now(), System.currentTimeMillis(), "
                + "Clock.systemUTC() …)", access -> readsTheWallClock(access.getTarget()));
    }

    private static boolean readsTheWallClock(AccessTarget target) {
        if (!(target instanceof AccessTarget.CodeUnitAccessTarget codeUnit)) {
            return false;
        }
        String owner = target.getOwner().getName();
        String name = target.getName();
        if (name.equals("now") && HAVE_NOW.contains(owner)) {
            List<JavaClass> parameters = codeUnit.getRawParameterTypes();
            return !(parameters.size() == 1 && parameters.getFirst().isEquivalentTo(Clock.class));
        }
        return WALL_CLOCK_READS.getOrDefault(owner, Set.of()).contains(name);
    }
}
