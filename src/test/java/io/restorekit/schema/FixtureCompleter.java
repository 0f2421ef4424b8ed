package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * A copy of a fixture with every documented but absent field added, so each field gets its generated cases.
 * Values come from the field's {@code examples}; objects and arrays of objects are built from their members.
 */
final class FixtureCompleter {
    private FixtureCompleter() {
    }

    static JsonNode complete(JsonNode dereferencedSchema, JsonNode fixture) {
        JsonNode copy = fixture.deepCopy();
        complete(SchemaShape.of(dereferencedSchema), copy);
        return copy;
    }

    private static void complete(SchemaShape shape, JsonNode instance) {
        if (instance instanceof ObjectNode object && shape.documentsProperties()) {
            for (Map.Entry<String, List<JsonNode>> property : shape.properties().entrySet()) {
                SchemaShape member = SchemaShape.of(property.getValue());
                if (!object.has(property.getKey())) {
                    object.set(property.getKey(), build(member));
                }
                complete(member, object.get(property.getKey()));
            }
        } else if (instance instanceof ArrayNode array && !shape.items().isEmpty()) {
            SchemaShape items = SchemaShape.of(shape.items());
            if (array.isEmpty() && items.documentsProperties()) {
                array.add(build(items));
            }
            array.forEach(element -> complete(items, element));
        }
    }

    static JsonNode build(SchemaShape shape) {
        if (shape.documentsProperties()) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            shape.properties().forEach((name, schemas) -> object.set(name, build(SchemaShape.of(schemas))));
            return object;
        }
        if (!shape.items().isEmpty() && SchemaShape.of(shape.items()).documentsProperties()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            array.add(build(SchemaShape.of(shape.items())));
            return array;
        }
        return shape.keyword("examples").filter(e -> e.isArray() && !e.isEmpty()).<JsonNode>map(e -> e.get(0).deepCopy())
                .orElseThrow(() -> new IllegalStateException("a documented field without examples: " + shape.nodes()));
    }
}
