package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The field paths a schema documents ({@code /RestoreJobs/RestoreJob/*}{@code /Status}; {@code *} for any array index),
 * and which of them an instance carries: what tells a rule that met an instance from one that never did. A coverage
 * count, not a check: networknt judges the values.
 */
final class DocumentedFields {
    private static final int MAX_DEPTH = 32;

    private DocumentedFields() {
    }

    /** Every location the (dereferenced) schema documents; the root is not listed. Depth is bounded against recursion. */
    static Set<String> of(JsonNode dereferencedSchema) {
        Set<String> fields = new TreeSet<>();
        collect(SchemaShape.of(dereferencedSchema), "", fields, 0);
        return Set.copyOf(fields);
    }

    private static void collect(SchemaShape shape, String field, Set<String> into, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        shape.properties().forEach((name, schemas) -> {
            String at = JsonPointers.append(field, name);
            into.add(at);
            collect(SchemaShape.of(schemas), at, into, depth + 1);
        });
        if (!shape.items().isEmpty()) {
            into.add(field + "/*");
            collect(SchemaShape.of(shape.items()), field + "/*", into, depth + 1);
        }
    }

    /** The documented fields {@code instance} carries. */
    static Set<String> reached(JsonNode instance, Set<String> documented) {
        Set<String> reached = new HashSet<>();
        walk(instance, "", documented, reached, 0);
        return reached;
    }

    private static void walk(JsonNode node, String field, Set<String> documented, Set<String> into, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String at = JsonPointers.append(field, member.getKey());
                if (documented.contains(at)) {
                    into.add(at);
                    walk(member.getValue(), at, documented, into, depth + 1);
                }
            }
        } else if (node.isArray() && node.size() > 0 && documented.contains(field + "/*")) {
            into.add(field + "/*");
            for (JsonNode element : node) {
                walk(element, field + "/*", documented, into, depth + 1);
            }
        }
    }
}
