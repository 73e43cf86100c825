package dev.switchyard.gateway.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/** The top-level fields in which two JSON objects differ: added, removed or with another value. */
public final class JsonDiff {

    private JsonDiff() {
    }

    public static Set<String> changedFields(String before, String after) {
        JsonNode old = NodePoolFixtures.parse(before);
        JsonNode now = NodePoolFixtures.parse(after);
        Set<String> changed = new TreeSet<>();
        for (Iterator<String> names = old.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!now.has(name) || !now.get(name).equals(old.get(name))) {
                changed.add(name);
            }
        }
        for (Iterator<String> names = now.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!old.has(name)) {
                changed.add(name);
            }
        }
        return changed;
    }

    public static JsonNode field(String json, String name) {
        return NodePoolFixtures.parse(json).path(name);
    }

    /** The object with {@code fields} left out, as compact JSON: what must be byte-identical around a change. */
    public static String without(String json, Set<String> fields) {
        com.fasterxml.jackson.databind.node.ObjectNode object = (com.fasterxml.jackson.databind.node.ObjectNode) NodePoolFixtures.parse(json);
        object.remove(fields);
        return object.toString();
    }
}
