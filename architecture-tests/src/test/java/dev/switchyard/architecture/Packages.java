package dev.switchyard.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Package patterns of the Switchyard layout below a base package: {@code dev.switchyard} for the real
 * code, a fixture package for the negative tests. Features are the top-level packages below the base,
 * except the shared kernel and the infrastructure packages {@code bootstrap} and {@code testkit}.
 */
record Packages(String base) {

    static final String SHARED = "shared";
    private static final Set<String> NOT_FEATURES = Set.of(SHARED, "bootstrap", "testkit");

    Packages {
        Objects.requireNonNull(base, "base");
        if (base.isBlank() || base.startsWith(".") || base.endsWith(".")) {
            throw new IllegalArgumentException("not a package name: '" + base + "'");
        }
    }

    String everything() {
        return base + "..";
    }

    String domain() {
        return base + "..domain..";
    }

    String domainEvents() {
        return base + "..domain.event..";
    }

    String application() {
        return base + "..application..";
    }

    String ports() {
        return base + "..application.port..";
    }

    String inputPorts() {
        return base + "..application.port.in..";
    }

    String outputPorts() {
        return base + "..application.port.out..";
    }

    String services() {
        return base + "..application.service..";
    }

    String adapters() {
        return base + "..adapter..";
    }

    /** One slice per technology, across features: {@code ..adapter.http..}, {@code ..adapter.redis..} … */
    String adaptersByTechnology() {
        return base + "..adapter.(*)..";
    }

    String wiring() {
        return base + "..wiring..";
    }

    String bootstrap() {
        return base + ".bootstrap..";
    }

    String testkit() {
        return base + "..testkit..";
    }

    String shared() {
        return base + "." + SHARED + "..";
    }

    String topLevelPackages() {
        return base + ".(*)..";
    }

    /** The first package segment below the base, e.g. {@code gateway} for {@code dev.switchyard.gateway.domain}. */
    Optional<String> topLevelPackageOf(JavaClass javaClass) {
        String name = javaClass.getBaseComponentType().getPackageName();
        if (!name.startsWith(base + ".")) {
            return Optional.empty();
        }
        String below = name.substring(base.length() + 1);
        int dot = below.indexOf('.');
        return Optional.of(dot < 0 ? below : below.substring(0, dot));
    }

    boolean isFeature(String topLevelPackage) {
        return !NOT_FEATURES.contains(topLevelPackage);
    }

    boolean isInFeature(JavaClass javaClass) {
        return topLevelPackageOf(javaClass).filter(this::isFeature).isPresent();
    }

    /** What a feature offers the others: its input ports and its domain events. */
    boolean isPublishedByItsFeature(JavaClass javaClass) {
        String name = javaClass.getBaseComponentType().getPackageName();
        return PackageMatcher.of(inputPorts()).matches(name) || PackageMatcher.of(domainEvents()).matches(name);
    }
}
