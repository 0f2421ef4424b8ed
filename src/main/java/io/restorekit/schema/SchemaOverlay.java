package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies every overlay of one kind in a schema document: each node's {@code x-literal} (the {@link SchemaProfile#LITERAL}
 * reading) or {@code x-metadata} (the metadata contract edition) replaces, or with {@code null} removes, its keywords.
 */
final class SchemaOverlay {
    static final String LITERAL = "x-literal";
    static final String METADATA = "x-metadata";

    private SchemaOverlay() {
    }

    static JsonNode apply(JsonNode document, String keyword) {
        JsonNode copy = document.deepCopy();
        rewrite(copy, keyword);
        return copy;
    }

    private static void rewrite(JsonNode node, String overlayKeyword) {
        if (node instanceof ObjectNode object) {
            JsonNode overlay = object.remove(overlayKeyword);
            if (overlay != null) {
                for (Map.Entry<String, JsonNode> keyword : overlay.properties()) {
                    if (keyword.getValue().isNull()) {
                        object.remove(keyword.getKey());
                    } else {
                        object.set(keyword.getKey(), keyword.getValue().deepCopy());
                    }
                }
            }
            List<JsonNode> children = new ArrayList<>();
            object.properties().forEach(e -> {
                if (!e.getKey().startsWith("x-")) {
                    children.add(e.getValue());
                }
            });
            children.forEach(child -> rewrite(child, overlayKeyword));
        } else if (node.isArray()) {
            node.forEach(child -> rewrite(child, overlayKeyword));
        }
    }
}
