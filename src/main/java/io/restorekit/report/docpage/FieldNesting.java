package io.restorekit.report.docpage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.restorekit.schema.SchemaShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where each row of a page's table sits: the page's text keeps its rows in order but loses their indentation, so the
 * nesting is recovered from the API's schema (derived from the same page). Fed the rows in page order; an unnamed
 * row is the element of the array row before it.
 */
final class FieldNesting {
    /** A row's place: its path in the request or answer and its depth on the page (0 = outermost). */
    record Place(String path, int depth) {
    }

    private record Frame(JsonNode schema, String path) {
    }

    private record Found(JsonNode schema, String suffix) {
    }

    private final List<Frame> frames = new ArrayList<>();

    FieldNesting(JsonNode rootSchema) {
        frames.add(new Frame(rootSchema == null ? MissingNode.getInstance() : rootSchema, ""));
    }

    Place place(String name) {
        if (name.isEmpty()) {
            // The page's unnamed row (an array's element, or the answer's root object): its rows sit one level deeper.
            Frame top = frames.get(frames.size() - 1);
            frames.add(top);
            return new Place(top.path(), frames.size() - 2);
        }
        for (int f = frames.size() - 1; f >= 0; f--) {
            Found found = lookup(frames.get(f).schema(), name);
            if (found != null) {
                while (frames.size() > f + 1) {
                    frames.remove(frames.size() - 1);
                }
                String path = join(frames.get(f).path(), found.suffix());
                enter(found.schema(), path);
                return new Place(path, f);
            }
        }
        Frame top = frames.get(frames.size() - 1);
        return new Place(join(top.path(), name), frames.size() - 1);
    }

    private void enter(JsonNode schema, String path) {
        SchemaShape shape = SchemaShape.of(schema);
        if (shape.documentsProperties()) {
            frames.add(new Frame(schema, path));
        } else if (!shape.items().isEmpty()) {
            frames.add(new Frame(shape.items().get(0), path + "[]"));
        }
    }

    /** {@code name} as a property of {@code schema}, or of the elements of one of its array properties (DBS Items). */
    private static Found lookup(JsonNode schema, String name) {
        Map<String, List<JsonNode>> properties = SchemaShape.of(schema).properties();
        if (properties.containsKey(name)) {
            return new Found(properties.get(name).get(0), name);
        }
        for (Map.Entry<String, List<JsonNode>> p : properties.entrySet()) {
            for (JsonNode items : SchemaShape.of(p.getValue().get(0)).items()) {
                List<JsonNode> inner = SchemaShape.of(items).properties().get(name);
                if (inner != null) {
                    return new Found(inner.get(0), p.getKey() + "[]." + name);
                }
            }
        }
        return null;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
