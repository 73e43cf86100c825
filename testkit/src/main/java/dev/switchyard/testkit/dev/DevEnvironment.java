package dev.switchyard.testkit.dev;

import java.util.HashMap;
import java.util.Map;

/** The child process's extra environment: dev defaults, each dropped when the user's environment already sets it. */
final class DevEnvironment {

    private final Map<String, String> inherited;
    private final Map<String, String> defaults = new HashMap<>();

    DevEnvironment(Map<String, String> inherited) {
        this.inherited = Map.copyOf(inherited);
    }

    void defaultTo(String name, String value) {
        if (!inherited.containsKey(name)) {
            defaults.put(name, value);
        }
    }

    void defaultTo(Map<String, String> values) {
        values.forEach(this::defaultTo);
    }

    Map<String, String> variables() {
        return Map.copyOf(defaults);
    }
}
