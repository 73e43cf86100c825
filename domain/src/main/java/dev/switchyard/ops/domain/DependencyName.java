package dev.switchyard.ops.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** The name readiness reports a dependency under, e.g. {@code postgresql}, {@code redis}, {@code kafka}. */
public record DependencyName(String value) implements Comparable<DependencyName> {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    public DependencyName {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("dependency name must be lower-case kebab case: " + value);
        }
    }

    public static DependencyName of(String value) {
        return new DependencyName(value);
    }

    @Override
    public int compareTo(DependencyName other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
