package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a documented object ends: the loader writes {@value #KEYWORD} (the members the schema lists there, itself, in
 * its {@code allOf} members and in what they {@code $ref}) at every object location, and {@link DocumentedMembersKeyword}
 * names each other member in networknt's one validation pass.
 *
 * <p>Not {@code unevaluatedProperties: false}, which says the same in standard words: it makes networknt collect
 * annotations everywhere, and a page validated at less than half the speed (docs/performance.md). Not marked: a
 * member of {@code allOf}/{@code anyOf}/{@code oneOf} (or {@code not}, {@code if}, {@code then}, {@code else}) and
 * any schema such a member or a node beside its own {@code properties} {@code $ref}s, since there the object goes on
 * in the siblings; nor a node that already says {@code additionalProperties} or {@code unevaluatedProperties}.
 */
final class UndocumentedMarking {
    static final String KEYWORD = "x-documented-members";
    private static final Set<String> MEMBER_LISTS = Set.of("allOf", "anyOf", "oneOf");
    private static final Set<String> MEMBERS = Set.of("not", "if", "then", "else");
    private static final int MAX_DEPTH = 32;

    private final Map<URI, JsonNode> documents;
    private final Map<URI, JsonNode> marked = new LinkedHashMap<>();
    /** The schemas (by identity, in {@link #documents}) whose object continues beside them. */
    private final Set<JsonNode> continued = Collections.newSetFromMap(new IdentityHashMap<>());

    private UndocumentedMarking(Map<URI, JsonNode> documents) {
        this.documents = documents;
    }

    static UndocumentedMarking of(Map<URI, JsonNode> documents) {
        UndocumentedMarking marking = new UndocumentedMarking(documents);
        documents.forEach((id, document) -> marking.collectContinued(id, document, false));
        documents.forEach((id, document) -> {
            JsonNode copy = document.deepCopy();
            marking.mark(id, copy, document, false);
            marking.marked.put(id, copy);
        });
        return marking;
    }

    JsonNode document(URI id) {
        return marked.get(id);
    }

    private void mark(URI id, JsonNode copy, JsonNode original, boolean member) {
        if (!copy.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) copy;
        if (!member && documentsObject(original) && !original.has("unevaluatedProperties")
                && !original.has("additionalProperties") && !continued.contains(original)) {
            ArrayNode names = object.putArray(KEYWORD);
            documentedNames(id, original, 0).forEach(names::add);
        }
        original.properties().forEach(entry -> {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            JsonNode valueCopy = object.get(key);
            if (key.startsWith("x-")) {
                return; // overlays and annotations: not schemas networknt evaluates
            }
            if (key.equals("properties") || key.equals("$defs")) {
                value.properties().forEach(e -> mark(id, valueCopy.get(e.getKey()), e.getValue(), false));
            } else if (key.equals("items")) {
                mark(id, valueCopy, value, false);
            } else if (MEMBER_LISTS.contains(key)) {
                for (int i = 0; i < value.size(); i++) {
                    mark(id, valueCopy.get(i), value.get(i), true);
                }
            } else if (MEMBERS.contains(key)) {
                mark(id, valueCopy, value, true);
            }
        });
    }

    /** A node that lists members, itself or through an {@code allOf} member: an object with a documented end. */
    private static boolean documentsObject(JsonNode node) {
        if (node.has("properties")) {
            return true;
        }
        for (JsonNode member : node.path("allOf")) {
            if (member.has("$ref") || documentsObject(member)) {
                return true;
            }
        }
        return false;
    }

    /** The members a node lists: its {@code properties}, and those of its {@code $ref} and {@code allOf} members. */
    private Set<String> documentedNames(URI id, JsonNode node, int depth) {
        Set<String> names = new LinkedHashSet<>();
        if (depth > MAX_DEPTH || !node.isObject()) {
            return names;
        }
        node.path("properties").fieldNames().forEachRemaining(names::add);
        if (node.has("$ref")) {
            SchemaRef target = SchemaRef.of(id, node.get("$ref").asText());
            names.addAll(documentedNames(target.document(), target.in(documents), depth + 1));
        }
        for (JsonNode member : node.path("allOf")) {
            names.addAll(documentedNames(id, member, depth + 1));
        }
        return names;
    }

    /** Every schema whose object continues beside it: what a member of an applicator, or a node with members, refs. */
    private void collectContinued(URI id, JsonNode node, boolean member) {
        if (node.isObject()) {
            if (node.has("$ref") && (member || documentsObject(node))) {
                continued.add(SchemaRef.of(id, node.get("$ref").asText()).in(documents));
            }
            node.properties().forEach(e -> {
                if (e.getKey().startsWith("x-")) {
                    return;
                }
                if (MEMBER_LISTS.contains(e.getKey())) {
                    e.getValue().forEach(m -> collectContinued(id, m, true));
                } else {
                    collectContinued(id, e.getValue(), MEMBERS.contains(e.getKey()));
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectContinued(id, n, false));
        }
    }
}
