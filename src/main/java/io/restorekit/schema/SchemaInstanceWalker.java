package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** Walks an instance alongside its dereferenced schema, telling a {@link Visitor} what each location is documented as. */
final class SchemaInstanceWalker {
    interface Visitor {
        /** Every instance location the schema documents, with its shape. */
        default void documented(Location at, SchemaShape shape, JsonNode value) {
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
            public void documented(Location at, SchemaShape shape, JsonNode value) {
                for (Visitor v : visitors) {
                    v.documented(at, shape, value);
                }
            }

            @Override
            public void undocumented(String pointer, JsonNode value) {
                for (Visitor v : visitors) {
                    v.undocumented(pointer, value);
                }
            }

            @Override
            public void reached(String field) {
                for (Visitor v : visitors) {
                    v.reached(field);
                }
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
        walk(SchemaShape.of(schema), instance, visitor);
    }

    /** With a shape kept from one validation to the next: its children and keywords are computed once. */
    static void walk(SchemaShape root, JsonNode instance, Visitor visitor) {
        walk(root, instance, Location.ROOT, visitor);
    }

    private static void walk(SchemaShape shape, JsonNode instance, Location at, Visitor visitor) {
        visitor.documented(at, shape, instance);
        if (at != Location.ROOT) {
            visitor.reached(shape.field());
        }
        if (instance.isObject() && shape.documentsProperties()) {
            for (Map.Entry<String, JsonNode> member : instance.properties()) {
                SchemaShape child = shape.child(member.getKey());
                if (child == null) {
                    visitor.undocumented(at.member(member.getKey()).pointer(), member.getValue());
                } else {
                    walk(child, member.getValue(), at.member(member.getKey()), visitor);
                }
            }
        } else if (instance.isArray()) {
            SchemaShape items = shape.itemShape();
            if (items != null) {
                for (int i = 0; i < instance.size(); i++) {
                    walk(items, instance.get(i), at.element(i), visitor);
                }
            }
        }
    }

    /** An instance location; its JSON Pointer is built only when a visitor reports it. */
    record Location(Location parent, String name, int index) {
        static final Location ROOT = new Location(null, null, -1);

        Location member(String member) {
            return new Location(this, member, -1);
        }

        Location element(int i) {
            return new Location(this, null, i);
        }

        String pointer() {
            if (parent == null) {
                return "";
            }
            return name != null ? JsonPointers.append(parent.pointer(), name) : JsonPointers.append(parent.pointer(), index);
        }
    }
}
