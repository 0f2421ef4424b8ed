package io.restorekit.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.restorekit.config.ConfigurationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Account identifiers replaced consistently throughout a recording: every text value found at one of the pointers (a
 * JSON pointer whose segment {@code *} stands for every array element or member, e.g.
 * {@code /RestoreJobs/RestoreJob/*&#47;VaultId}) in any answer becomes {@code masked-<name>-<n>} in every answer and
 * every request parameter — so a filter the suite built from a listed id still matches the listed (masked) id when the
 * recording is replayed. Values of 4 characters or more are also replaced inside longer texts (comma-separated ids,
 * JSON held in strings); shorter ones only where they are the whole value. Numbers are not masked.
 */
public final class IdentifierMask {
    private static final int SUBSTRING_MIN = 4;
    private final Map<String, String> replacements;
    private final List<String> longestFirst;

    private IdentifierMask(Map<String, String> replacements) {
        this.replacements = replacements;
        this.longestFirst = new ArrayList<>(replacements.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    }

    public static final IdentifierMask NONE = new IdentifierMask(Map.of());

    /** Checks the pointers of {@code setting}: each starts with '/'. */
    public static List<String> parsePointers(String setting, String value) {
        List<String> pointers = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return pointers;
        }
        for (String raw : value.split(",")) {
            String pointer = raw.trim();
            if (pointer.isEmpty()) {
                continue;
            }
            if (!pointer.startsWith("/")) {
                throw new ConfigurationException(setting + "='" + value + "': '" + pointer + "' is not a JSON pointer;"
                        + " give pointers such as /RequestId or /Items/RestoreTaskDetail/*/BackupPlanId, comma-separated");
            }
            pointers.add(pointer);
        }
        return List.copyOf(pointers);
    }

    /** The mask of every text value at {@code pointers} in {@code bodies}; numbered in sorted order, so it is repeatable. */
    public static IdentifierMask of(Collection<String> pointers, Collection<JsonNode> bodies) {
        if (pointers.isEmpty()) {
            return NONE;
        }
        Map<String, String> replacements = new LinkedHashMap<>();
        for (String pointer : pointers) {
            TreeSet<String> values = new TreeSet<>();
            for (JsonNode body : bodies) {
                collect(body, segments(pointer), 0, values);
            }
            String name = lastName(pointer);
            int n = 0;
            for (String v : values) {
                if (!v.isEmpty() && !replacements.containsKey(v)) {
                    replacements.put(v, "masked-" + name + "-" + (++n));
                }
            }
        }
        return new IdentifierMask(Map.copyOf(replacements));
    }

    public boolean isEmpty() {
        return replacements.isEmpty();
    }

    /** {@code text} with every masked identifier replaced. */
    public String apply(String text) {
        if (text == null || replacements.isEmpty()) {
            return text;
        }
        String exact = replacements.get(text);
        if (exact != null) {
            return exact;
        }
        String out = text;
        for (String value : longestFirst) {
            if (value.length() >= SUBSTRING_MIN) {
                out = out.replace(value, replacements.get(value));
            }
        }
        return out;
    }

    /** A copy of {@code node} with every text value masked. */
    public JsonNode apply(JsonNode node) {
        if (replacements.isEmpty() || node == null) {
            return node;
        }
        if (node.isTextual()) {
            return TextNode.valueOf(apply(node.asText()));
        }
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).objectNode();
            node.properties().forEach(e -> copy.set(e.getKey(), apply(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            node.forEach(e -> copy.add(apply(e)));
            return copy;
        }
        return node;
    }

    private static void collect(JsonNode node, List<String> segments, int at, Collection<String> into) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (at == segments.size()) {
            if (node.isTextual()) {
                into.add(node.asText());
            }
            return;
        }
        String segment = segments.get(at);
        if (segment.equals("*")) {
            Iterator<JsonNode> children = node.elements();
            children.forEachRemaining(child -> collect(child, segments, at + 1, into));
        } else if (node.isArray()) {
            try {
                collect(node.get(Integer.parseInt(segment)), segments, at + 1, into);
            } catch (NumberFormatException notAnIndex) {
                // no such element
            }
        } else {
            collect(node.get(segment), segments, at + 1, into);
        }
    }

    static List<String> segments(String pointer) {
        List<String> out = new ArrayList<>();
        for (String s : pointer.substring(1).split("/", -1)) {
            out.add(s.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    private static String lastName(String pointer) {
        List<String> segments = segments(pointer);
        for (int i = segments.size() - 1; i >= 0; i--) {
            if (!segments.get(i).equals("*") && !segments.get(i).matches("\\d+")) {
                return segments.get(i);
            }
        }
        return "value";
    }
}
