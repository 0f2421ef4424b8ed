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
        final int index;
        final Map<String, Field> members = new HashMap<>();
        Field items;

        Field(String path, int index) {
            this.path = path;
            this.index = index;
        }
    }

    private final Field root = new Field("", -1);
    private final java.util.List<Field> byIndex = new java.util.ArrayList<>();
    private final Set<String> all;

    private DocumentedFields(JsonNode dereferencedSchema) {
        Set<String> paths = new TreeSet<>();
        collect(SchemaShape.of(dereferencedSchema), root, paths, 0);
        this.all = Set.copyOf(paths);
    }

    private Field field(String path) {
        Field field = new Field(path, byIndex.size());
        byIndex.add(field);
        return field;
    }

    /** The tree of the (dereferenced) schema; the root is not a field. Depth is bounded against recursion. */
    static DocumentedFields of(JsonNode dereferencedSchema) {
        return new DocumentedFields(dereferencedSchema);
    }

    /** Every documented field path. */
    Set<String> all() {
        return all;
    }

    private void collect(SchemaShape shape, Field at, Set<String> into, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        shape.properties().forEach((name, schemas) -> {
            Field member = field(JsonPointers.append(at.path, name));
            at.members.put(name, member);
            into.add(member.path);
            collect(SchemaShape.of(schemas), member, into, depth + 1);
        });
        if (!shape.items().isEmpty()) {
            at.items = field(at.path + "/*");
            into.add(at.items.path);
            collect(SchemaShape.of(shape.items()), at.items, into, depth + 1);
        }
    }

    /** The documented fields {@code instance} carries. */
    Set<String> reached(JsonNode instance) {
        boolean[] marks = new boolean[byIndex.size()];
        walk(instance, root, marks);
        Set<String> reached = new HashSet<>();
        for (int i = 0; i < marks.length; i++) {
            if (marks[i]) {
                reached.add(byIndex.get(i).path);
            }
        }
        return reached;
    }

    private static void walk(JsonNode node, Field at, boolean[] marks) {
        if (node.isObject()) {
            if (at.members.isEmpty()) {
                return;
            }
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                Field field = at.members.get(member.getKey());
                if (field != null) {
                    marks[field.index] = true;
                    walk(member.getValue(), field, marks);
                }
            }
        } else if (node.isArray() && at.items != null && node.size() > 0) {
            marks[at.items.index] = true;
            for (JsonNode element : node) {
                walk(element, at.items, marks);
            }
        }
    }
}
