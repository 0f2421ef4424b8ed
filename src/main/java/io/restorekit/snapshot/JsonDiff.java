package io.restorekit.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import io.restorekit.report.ParityDifference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A structural diff of two JSON answers: every path where they differ, with both values — members missing on either
 * side, array elements by index, scalars by value and type. Paths matched by a volatile pointer ({@code *} for any
 * element or member) are not compared.
 */
final class JsonDiff {
    /** The most differences reported for one answer: enough to read, not a dump. */
    static final int LIMIT = 20;

    private final List<List<String>> volatilePointers = new ArrayList<>();

    JsonDiff(List<String> volatilePointers) {
        volatilePointers.forEach(p -> this.volatilePointers.add(IdentifierMask.segments(p)));
    }

    List<ParityDifference> diff(String request, JsonNode recorded, JsonNode actual) {
        List<ParityDifference> out = new ArrayList<>();
        walk(request, new ArrayList<>(), recorded, actual, out);
        return out;
    }

    private void walk(String request, List<String> path, JsonNode recorded, JsonNode actual, List<ParityDifference> out) {
        if (out.size() >= LIMIT || isVolatile(path)) {
            return;
        }
        if (recorded == null || actual == null || recorded.getNodeType() != actual.getNodeType()
                || !(recorded.isContainerNode())) {
            if (recorded == null || actual == null || !recorded.equals(actual)) {
                out.add(new ParityDifference(request, pointer(path), text(recorded), text(actual)));
            }
            return;
        }
        if (recorded.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            recorded.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                walk(request, child(path, name), recorded.get(name), actual.get(name), out);
            }
        } else {
            int size = Math.max(recorded.size(), actual.size());
            for (int i = 0; i < size; i++) {
                walk(request, child(path, Integer.toString(i)), recorded.get(i), actual.get(i), out);
            }
        }
    }

    private boolean isVolatile(List<String> path) {
        for (List<String> pointer : volatilePointers) {
            if (pointer.size() == path.size() && matches(pointer, path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<String> pointer, List<String> path) {
        Iterator<String> p = pointer.iterator();
        for (String segment : path) {
            String want = p.next();
            if (!want.equals("*") && !want.equals(segment)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> child(List<String> path, String name) {
        List<String> out = new ArrayList<>(path);
        out.add(name);
        return out;
    }

    static String pointer(List<String> path) {
        StringBuilder out = new StringBuilder();
        path.forEach(s -> out.append('/').append(s.replace("~", "~0").replace("/", "~1")));
        return out.length() == 0 ? "/" : out.toString();
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return ParityDifference.ABSENT;
        }
        String json = node.toString();
        return json.length() > 200 ? json.substring(0, 200) + "…" : json;
    }
}
