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
    }

    private SchemaInstanceWalker() {
    }

    static void walk(JsonNode schema, JsonNode instance, Visitor visitor) {
        walk(SchemaShape.of(schema), instance, "", visitor);
    }

    private static void walk(SchemaShape shape, JsonNode instance, String pointer, Visitor visitor) {
        visitor.documented(pointer, shape, instance);
        if (instance.isObject() && shape.documentsProperties()) {
            Map<String, List<JsonNode>> properties = shape.properties();
            for (Map.Entry<String, JsonNode> member : instance.properties()) {
                String at = JsonPointers.append(pointer, member.getKey());
                List<JsonNode> schemas = properties.get(member.getKey());
                if (schemas == null) {
                    visitor.undocumented(at, member.getValue());
                } else {
                    walk(SchemaShape.of(schemas), member.getValue(), at, visitor);
                }
            }
        } else if (instance.isArray() && !shape.items().isEmpty()) {
            SchemaShape items = SchemaShape.of(shape.items());
            for (int i = 0; i < instance.size(); i++) {
                walk(items, instance.get(i), JsonPointers.append(pointer, i), visitor);
            }
        }
    }
}
