package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The field paths a schema documents ({@code /RestoreJobs/RestoreJob/*}{@code /Status}; {@code *} for any array index),
 * and which of them an instance carries: what tells a rule that met an instance from one that never did. A coverage
 * count, not a check: networknt judges the values. Built once per schema as a tree, so an answer's walk builds no
 * path text.
 */
final class DocumentedFields {
    private static final int MAX_DEPTH = 32;

    /** One documented location: its field path, its documented members and its documented array elements. */
    private static final class Field {
        final String path;
        final Map<String, Field> members = new HashMap<>();
        Field items;

        Field(String path) {
            this.path = path;
        }
    }

    private final Field root = new Field("");
    private final Set<String> all;

    private DocumentedFields(JsonNode dereferencedSchema) {
        Set<String> paths = new TreeSet<>();
        collect(SchemaShape.of(dereferencedSchema), root, paths, 0);
        this.all = Set.copyOf(paths);
    }

    /** The tree of the (dereferenced) schema; the root is not a field. Depth is bounded against recursion. */
    static DocumentedFields of(JsonNode dereferencedSchema) {
        return new DocumentedFields(dereferencedSchema);
    }

    /** Every documented field path. */
    Set<String> all() {
        return all;
    }

    private static void collect(SchemaShape shape, Field at, Set<String> into, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        shape.properties().forEach((name, schemas) -> {
            Field member = new Field(JsonPointers.append(at.path, name));
            at.members.put(name, member);
            into.add(member.path);
            collect(SchemaShape.of(schemas), member, into, depth + 1);
        });
        if (!shape.items().isEmpty()) {
            at.items = new Field(at.path + "/*");
            into.add(at.items.path);
            collect(SchemaShape.of(shape.items()), at.items, into, depth + 1);
        }
    }

    /** The documented fields {@code instance} carries. */
    Set<String> reached(JsonNode instance) {
        Set<String> reached = new HashSet<>();
        walk(instance, root, reached);
        return reached;
    }

    private static void walk(JsonNode node, Field at, Set<String> into) {
        if (node.isObject()) {
            if (at.members.isEmpty()) {
                return;
            }
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                Field field = at.members.get(member.getKey());
                if (field != null) {
                    into.add(field.path);
                    walk(member.getValue(), field, into);
                }
            }
        } else if (node.isArray() && at.items != null && node.size() > 0) {
            into.add(at.items.path);
            for (JsonNode element : node) {
                walk(element, at.items, into);
            }
        }
    }
}
