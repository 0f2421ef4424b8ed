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
    /** The location's field path ({@code /RestoreJobs/RestoreJob/*}{@code /Status}); "" for a root or a detached shape. */
    private final String field;
    // Computed once per shape (a catalog's shapes are shared by every validation, on any thread; a race computes the
    // same value twice, never a wrong one).
    private volatile Map<String, List<JsonNode>> properties;
    private volatile List<JsonNode> items;
    private volatile SchemaShape itemShape;
    private final Map<String, SchemaShape> children = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Optional<JsonNode>> keywords = new java.util.concurrent.ConcurrentHashMap<>();

    private SchemaShape(List<JsonNode> nodes, String field) {
        this.nodes = nodes;
        this.field = field;
    }

    public static SchemaShape of(JsonNode schema) {
        return of(List.of(schema));
    }

    public static SchemaShape of(List<JsonNode> schemas) {
        return new SchemaShape(flatten(schemas), "");
    }

    private static List<JsonNode> flatten(List<JsonNode> schemas) {
        List<JsonNode> nodes = new ArrayList<>();
        schemas.forEach(schema -> collect(schema, nodes));
        return Collections.unmodifiableList(nodes);
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

    /** This location's field path, {@code *} for any array index; "" for the root. */
    public String field() {
        return field;
    }

    /** Documented property names, in document order, each with every schema that describes it. */
    public Map<String, List<JsonNode>> properties() {
        Map<String, List<JsonNode>> known = properties;
        if (known == null) {
            Map<String, List<JsonNode>> found = new LinkedHashMap<>();
            for (JsonNode node : nodes) {
                node.path("properties").properties()
                        .forEach(e -> found.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            }
            found.replaceAll((k, v) -> List.copyOf(v));
            known = Collections.unmodifiableMap(found);
            properties = known;
        }
        return known;
    }

    /** The shape of documented property {@code name}, or null when the schema does not list it. */
    public SchemaShape child(String name) {
        SchemaShape shape = children.get(name);
        if (shape == null) {
            List<JsonNode> schemas = properties().get(name);
            if (schemas == null) {
                return null;
            }
            shape = children.computeIfAbsent(name, n -> new SchemaShape(flatten(schemas), JsonPointers.append(field, n)));
        }
        return shape;
    }

    public boolean documentsProperties() {
        return keyword("properties").isPresent();
    }

    /** Names listed in {@code required} (of the node or an {@code allOf} member). */
    public Set<String> required() {
        Set<String> required = new LinkedHashSet<>();
        nodes.forEach(node -> node.path("required").forEach(name -> required.add(name.asText())));
        return required;
    }

    /** The schemas of array elements ({@code items}). */
    public List<JsonNode> items() {
        List<JsonNode> known = items;
        if (known == null) {
            List<JsonNode> found = new ArrayList<>();
            nodes.forEach(node -> {
                if (node.path("items").isObject()) {
                    found.add(node.get("items"));
                }
            });
            known = List.copyOf(found);
            items = known;
        }
        return known;
    }

    /** The shape of the array's elements, or null when the schema documents none. */
    public SchemaShape itemShape() {
        SchemaShape shape = itemShape;
        if (shape == null && !items().isEmpty()) {
            shape = new SchemaShape(flatten(items()), field + "/*");
            itemShape = shape;
        }
        return shape;
    }

    /** The first value of a keyword among the nodes, e.g. {@code keyword("contentMediaType")}. */
    public Optional<JsonNode> keyword(String name) {
        return keywords.computeIfAbsent(name,
                k -> nodes.stream().filter(node -> node.has(k)).map(node -> node.get(k)).findFirst());
    }
}
