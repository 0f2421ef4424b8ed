package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a (dereferenced) schema documents about one instance location: the schema node plus its {@code allOf} members.
 *
 * <p>Conditional keywords ({@code if}/{@code then}/{@code else}, {@code anyOf}, {@code oneOf}) constrain documented fields
 * but never document new ones, so they are not part of the shape.
 */
public final class SchemaShape {
    private final List<JsonNode> nodes;

    private SchemaShape(List<JsonNode> nodes) {
        this.nodes = nodes;
    }

    public static SchemaShape of(JsonNode schema) {
        return of(List.of(schema));
    }

    public static SchemaShape of(List<JsonNode> schemas) {
        List<JsonNode> nodes = new ArrayList<>();
        schemas.forEach(schema -> collect(schema, nodes));
        return new SchemaShape(Collections.unmodifiableList(nodes));
    }

    private static void collect(JsonNode schema, List<JsonNode> into) {
        if (schema == null || !schema.isObject()) {
            return;
        }
        into.add(schema);
        schema.path("allOf").forEach(member -> collect(member, into));
    }

    /** The node and its {@code allOf} members, outermost first. */
    public List<JsonNode> nodes() {
        return nodes;
    }

    /** Documented property names, in document order, each with every schema that describes it. */
    public Map<String, List<JsonNode>> properties() {
        Map<String, List<JsonNode>> properties = new LinkedHashMap<>();
        for (JsonNode node : nodes) {
            node.path("properties").properties()
                    .forEach(e -> properties.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return properties;
    }

    public boolean documentsProperties() {
        return nodes.stream().anyMatch(node -> node.has("properties"));
    }

    /** Names listed in {@code required} (of the node or an {@code allOf} member). */
    public Set<String> required() {
        Set<String> required = new LinkedHashSet<>();
        nodes.forEach(node -> node.path("required").forEach(name -> required.add(name.asText())));
        return required;
    }

    /** The schemas of array elements ({@code items}). */
    public List<JsonNode> items() {
        List<JsonNode> items = new ArrayList<>();
        nodes.forEach(node -> {
            if (node.path("items").isObject()) {
                items.add(node.get("items"));
            }
        });
        return items;
    }

    /** The first value of a keyword among the nodes, e.g. {@code keyword("contentMediaType")}. */
    public Optional<JsonNode> keyword(String name) {
        return nodes.stream().filter(node -> node.has(name)).map(node -> node.get(name)).findFirst();
    }
}
