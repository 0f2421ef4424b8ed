package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Set;

/**
 * Inlines every {@code $ref}, local or across files, so a schema can be walked as one tree.
 *
 * <p>{@code {"$ref": R, siblings...}} becomes the referenced schema with the siblings laid over it (a sibling
 * {@code description} wins); the original reference is kept as {@code x-ref}. Annotation values ({@code x-*},
 * {@code examples}, {@code default}, {@code const}, {@code enum}) are copied untouched.
 */
final class SchemaDereferencer {
    private static final Set<String> VALUE_KEYWORDS = Set.of("examples", "default", "const", "enum");
    private static final Set<String> DOCUMENT_KEYWORDS = Set.of("$id", "$schema", "$defs", "title");
    private static final int MAX_DEPTH = 64;

    private final SchemaDocuments documents;

    SchemaDereferencer(SchemaDocuments documents) {
        this.documents = documents;
    }

    JsonNode dereference(URI documentId) {
        return inline(documents.document(documentId), documentId, 0);
    }

    private JsonNode inline(JsonNode node, URI base, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("$ref chain deeper than " + MAX_DEPTH + " at " + base + " (a cycle?)");
        }
        if (node.isArray()) {
            var copy = node.deepCopy();
            for (int i = 0; i < node.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) copy).set(i, inline(node.get(i), base, depth + 1));
            }
            return copy;
        }
        if (!node.isObject()) {
            return node.deepCopy();
        }
        ObjectNode result = ((ObjectNode) node).objectNode();
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isTextual()) {
            SchemaRef target = SchemaRef.of(base, ref.asText());
            URI documentId = target.document();
            JsonNode targetNode = documents.document(documentId).at(target.pointer());
            if (targetNode.isMissingNode()) {
                throw new IllegalStateException("unresolvable $ref " + ref.asText() + " from " + base);
            }
            JsonNode inlined = inline(targetNode, documentId, depth + 1);
            inlined.properties().forEach(e -> {
                if (!DOCUMENT_KEYWORDS.contains(e.getKey())) {
                    result.set(e.getKey(), e.getValue());
                }
            });
            result.put("x-ref", ref.asText());
        }
        node.properties().forEach(e -> {
            String key = e.getKey();
            if (key.equals("$ref")) {
                return;
            }
            boolean value = key.startsWith("x-") || VALUE_KEYWORDS.contains(key);
            result.set(key, value ? e.getValue().deepCopy() : inlineKeyword(key, e.getValue(), base, depth));
        });
        return result;
    }

    /** {@code properties} and {@code $defs} map names to schemas; every other keyword holds a schema or schemas directly. */
    private JsonNode inlineKeyword(String key, JsonNode value, URI base, int depth) {
        if ((key.equals("properties") || key.equals("$defs")) && value.isObject()) {
            ObjectNode map = ((ObjectNode) value).objectNode();
            value.properties().forEach(e -> map.set(e.getKey(), inline(e.getValue(), base, depth + 1)));
            return map;
        }
        return inline(value, base, depth + 1);
    }
}
