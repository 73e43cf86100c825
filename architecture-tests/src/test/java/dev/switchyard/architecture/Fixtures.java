package dev.switchyard.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A theme's two fixture code bases, each laid out like Switchyard below its own base package:
 * {@code fixtures.<theme>.good} obeys every rule of the theme (with near misses), {@code fixtures.<theme>.bad}
 * breaks each rule in classes named after what they do wrong.
 *
 * @param <R> the theme's rule factory, built from a base package
 */
final class Fixtures<R> {

    private static final String ROOT = "dev.switchyard.architecture.fixtures";

    private final Function<String, R> rulesForBase;
    private final String goodBase;
    private final String badBase;
    private final JavaClasses good;
    private final JavaClasses bad;

    private Fixtures(String theme, Function<String, R> rulesForBase) {
        this.rulesForBase = rulesForBase;
        this.goodBase = ROOT + "." + theme + ".good";
        this.badBase = ROOT + "." + theme + ".bad";
        this.good = new ClassFileImporter().importPackages(goodBase);
        this.bad = new ClassFileImporter().importPackages(badBase);
    }

    static <R> Fixtures<R> of(String theme, Function<String, R> rulesForBase) {
        return new Fixtures<>(theme, rulesForBase);
    }

    /**
     * The rule accepts the good code base, and rejects the bad one with at least one violation per
     * offender and no violation that names none of them.
     */
    void verify(Function<R, ArchRule> rule, Class<?>... offenders) {
        assertThat(offenders).as("a negative test names its offenders").isNotEmpty();

        ArchRule onGood = rule.apply(rulesForBase.apply(goodBase));
        assertThat(onGood.evaluate(good).getFailureReport().getDetails())
                .as("violations of '%s' in the compliant fixtures", onGood.getDescription())
                .isEmpty();

        ArchRule onBad = rule.apply(rulesForBase.apply(badBase));
        EvaluationResult result = onBad.evaluate(bad);
        assertThat(result.hasViolation()).as("'%s' rejects the bad fixtures", onBad.getDescription()).isTrue();
        List<Pattern> names = Arrays.stream(offenders).map(Fixtures::mentionOf).toList();
        List<String> violations = result.getFailureReport().getDetails();
        for (Pattern offender : names) {
            assertThat(violations).as("violations of '%s'", onBad.getDescription())
                    .anyMatch(violation -> offender.matcher(violation).find());
        }
        assertThat(violations).as("every violation of '%s' names one of %s", onBad.getDescription(), names)
                .allMatch(violation -> names.stream().anyMatch(offender -> offender.matcher(violation).find()));
    }

    /** The class's name, not as the prefix of a longer name ({@code Foo} is not mentioned by {@code FooBar}). */
    private static Pattern mentionOf(Class<?> offender) {
        return Pattern.compile(Pattern.quote(offender.getName()) + "(?!\\w)");
    }
}
