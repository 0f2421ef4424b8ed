package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** Walks an instance alongside its dereferenced schema, telling a {@link Visitor} what each location is documented as. */
final class SchemaInstanceWalker {
    interface Visitor {
        /** Every instance location the schema documents, with its shape. */
        default void documented(String pointer, SchemaShape shape, JsonNode value) {
        }

        /** A member of a documented object that the schema does not list. */
        default void undocumented(String pointer, JsonNode value) {
        }

        /** A documented location the instance carries, as a field path ({@code *} for any array index). */
        default void reached(String field) {
        }
    }

    /** Tells each visitor, in order, about one walk: the checks of one answer share a single pass. */
    static Visitor all(List<Visitor> visitors) {
        return new Visitor() {
            @Override
            public void documented(String pointer, SchemaShape shape, JsonNode value) {
                visitors.forEach(v -> v.documented(pointer, shape, value));
            }

            @Override
            public void undocumented(String pointer, JsonNode value) {
                visitors.forEach(v -> v.undocumented(pointer, value));
            }

            @Override
            public void reached(String field) {
                visitors.forEach(v -> v.reached(field));
            }
        };
    }

    /**
     * Every location the schema documents, as field paths ({@code /RestoreJobs/RestoreJob/*}{@code /Status}); the
     * root is not listed. Depth is bounded, so a recursive schema cannot loop.
     */
    static java.util.Set<String> documentedFields(JsonNode schema) {
        java.util.Set<String> fields = new java.util.TreeSet<>();
        collectFields(SchemaShape.of(schema), "", fields, 0);
        return fields;
    }

    private static void collectFields(SchemaShape shape, String field, java.util.Set<String> into, int depth) {
        if (depth > 32) {
            return;
        }
        shape.properties().forEach((name, schemas) -> {
            String at = JsonPointers.append(field, name);
            into.add(at);
            collectFields(SchemaShape.of(schemas), at, into, depth + 1);
        });
        if (!shape.items().isEmpty()) {
            String at = field + "/*";
            into.add(at);
            collectFields(SchemaShape.of(shape.items()), at, into, depth + 1);
        }
    }

    private SchemaInstanceWalker() {
    }

    static void walk(JsonNode schema, JsonNode instance, Visitor visitor) {
        walk(SchemaShape.of(schema), instance, "", "", visitor);
    }

    private static void walk(SchemaShape shape, JsonNode instance, String pointer, String field, Visitor visitor) {
        visitor.documented(pointer, shape, instance);
        if (!field.isEmpty()) {
            visitor.reached(field);
        }
        if (instance.isObject() && shape.documentsProperties()) {
            Map<String, List<JsonNode>> properties = shape.properties();
            for (Map.Entry<String, JsonNode> member : instance.properties()) {
                String at = JsonPointers.append(pointer, member.getKey());
                List<JsonNode> schemas = properties.get(member.getKey());
                if (schemas == null) {
                    visitor.undocumented(at, member.getValue());
                } else {
                    walk(SchemaShape.of(schemas), member.getValue(), at, JsonPointers.append(field, member.getKey()), visitor);
                }
            }
        } else if (instance.isArray() && !shape.items().isEmpty()) {
            SchemaShape items = SchemaShape.of(shape.items());
            for (int i = 0; i < instance.size(); i++) {
                walk(items, instance.get(i), JsonPointers.append(pointer, i), field + "/*", visitor);
            }
        }
    }
}
