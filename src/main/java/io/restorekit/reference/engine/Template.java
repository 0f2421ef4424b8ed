package io.restorekit.reference.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.reference.rules.Json;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A body template of a rules file: JSON whose string values {@code "{{name}}"} are replaced by the typed value of
 * {@code name} (a number stays a number, the items an array); everything else is copied as written, in its order.
 * A value is computed only when the template names it (TotalPages of a page size 0, say, is never asked for).
 */
final class Template {
    private Template() {
    }

    static ObjectNode fill(ObjectNode template, Map<String, Supplier<JsonNode>> values) {
        return (ObjectNode) fillNode(template, values);
    }

    private static JsonNode fillNode(JsonNode node, Map<String, Supplier<JsonNode>> values) {
        if (node.isTextual()) {
            String text = node.asText();
            if (text.startsWith("{{") && text.endsWith("}}")) {
                Supplier<JsonNode> value = values.get(text.substring(2, text.length() - 2).trim());
                if (value == null) {
                    throw new IllegalArgumentException("template placeholder " + text + " names no value; known: "
                            + values.keySet());
                }
                return value.get();
            }
            return node;
        }
        if (node.isObject()) {
            ObjectNode out = Json.object();
            node.fields().forEachRemaining(e -> out.set(e.getKey(), fillNode(e.getValue(), values)));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = Json.MAPPER.createArrayNode();
            node.forEach(n -> out.add(fillNode(n, values)));
            return out;
        }
        return node;
    }
}
