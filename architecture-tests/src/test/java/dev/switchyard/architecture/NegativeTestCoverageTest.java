package dev.switchyard.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule has a negative test of the same name, so a new rule cannot arrive without one. */
class NegativeTestCoverageTest {

    static Stream<Arguments> themes() {
        return Stream.of(
                Arguments.of(LayerRules.class, LayerRulesNegativeTest.class),
                Arguments.of(AdapterRules.class, AdapterRulesNegativeTest.class),
                Arguments.of(FeatureRules.class, FeatureRulesNegativeTest.class),
                Arguments.of(CompositionRules.class, CompositionRulesNegativeTest.class),
                Arguments.of(NamingRules.class, NamingRulesNegativeTest.class),
                Arguments.of(CodingRules.class, CodingRulesNegativeTest.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void everyRuleHasANegativeTest(Class<?> rules, Class<?> negativeTest) {
        assertThat(namesOfTests(negativeTest)).containsAll(namesOfRules(rules));
    }

    @Test
    void everyRuleFactoryIsListed() {
        Set<String> factories = new ClassFileImporter().importPackagesOf(NegativeTestCoverageTest.class).stream()
                .filter(javaClass -> javaClass.getPackageName().equals(NegativeTestCoverageTest.class.getPackageName()))
                .filter(javaClass -> javaClass.getMethods().stream()
                        .anyMatch(method -> method.getRawReturnType().isEquivalentTo(ArchRule.class)))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
        Set<String> listed = themes().map(arguments -> ((Class<?>) arguments.get()[0]).getName())
                .collect(Collectors.toSet());
        assertThat(listed).isEqualTo(factories);
    }

    private static Set<String> namesOfRules(Class<?> rules) {
        return Arrays.stream(rules.getDeclaredMethods())
                .filter(method -> method.getReturnType().equals(ArchRule.class))
                .filter(method -> !Modifier.isStatic(method.getModifiers()) && !method.isSynthetic())
                .map(Method::getName)
                .collect(Collectors.toSet());
    }

    private static Set<String> namesOfTests(Class<?> negativeTest) {
        return Arrays.stream(negativeTest.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Test.class))
                .map(Method::getName)
                .collect(Collectors.toSet());
    }
}
