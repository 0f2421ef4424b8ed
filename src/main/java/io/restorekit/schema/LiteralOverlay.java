package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Applies every {@code x-literal} overlay of a schema document: the {@link SchemaProfile#LITERAL} reading. */
final class LiteralOverlay {
    static final String KEYWORD = "x-literal";

    private LiteralOverlay() {
    }

    static JsonNode apply(JsonNode document) {
        JsonNode copy = document.deepCopy();
        rewrite(copy);
        return copy;
    }

    private static void rewrite(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode overlay = object.remove(KEYWORD);
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
            children.forEach(LiteralOverlay::rewrite);
        } else if (node.isArray()) {
            node.forEach(LiteralOverlay::rewrite);
        }
    }
}
