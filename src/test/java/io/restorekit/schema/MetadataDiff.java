package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The mechanical diff of the kit's schemas against Alibaba Cloud's API metadata for one API.
 *
 * <p>Request: every parameter (and, inside arrays of objects, every member) by name, and per parameter its
 * {@code type}, {@code format}, {@code minimum}, {@code maximum}, {@code maxItems}, {@code default}, {@code enum},
 * {@code required} (and the metadata's {@code docRequired}) and whether it may be combined with another parameter.
 * Response: every field of the 200 schema by name and nesting path, its {@code type} and {@code format}. Where a kit
 * node has an {@code x-literal} overlay for a compared keyword, the overlay (the page's literal reading) is compared
 * too, as {@code x-literal/<keyword>}. Both sides count: a keyword one side states and the other does not is a
 * difference (stated as {@code absent}).
 *
 * <p>Each difference has a stable key, {@code <request|response>:<path>/<aspect>: metadata <value>, kit <value>}, e.g.
 * {@code request:/PageSize/maximum: metadata 100, kit 99}: the register's drift entries list the keys they account
 * for, so a value that changes on either side is a new difference, not an old one silently still accounted for.
 */
final class MetadataDiff {
    static final String ABSENT = "absent";
    private static final List<String> REQUEST_KEYWORDS = List.of("type", "format", "minimum", "maximum", "maxItems", "default", "enum");
    private static final List<String> RESPONSE_KEYWORDS = List.of("type", "format");

    /** One difference: where, and what each side holds; {@code note} says where the metadata's value was read. */
    record Difference(String api, String at, String metadata, String kit, String note) {
        /** What a drift entry's {@code accounts} lists. */
        String key() {
            return at + ": metadata " + metadata + ", kit " + kit;
        }

        String describe() {
            return api + " " + key() + (note.isEmpty() ? "" : "   [" + note + "]");
        }
    }

    private final ApiMetadata metadata;
    private final JsonNode kitRequest;
    private final List<Difference> found = new ArrayList<>();

    private MetadataDiff(ApiMetadata metadata, JsonNode kitRequest) {
        this.metadata = metadata;
        this.kitRequest = kitRequest;
    }

    /** The differences between {@code metadata} and the kit's dereferenced request and response schemas (tolerant). */
    static List<Difference> of(ApiMetadata metadata, SchemaCatalog catalog) {
        JsonNode request = catalog.dereferencedSchemaJson(metadata.api(), SchemaKind.REQUEST);
        JsonNode response = catalog.dereferencedSchemaJson(metadata.api(), SchemaKind.RESPONSE);
        MetadataDiff diff = new MetadataDiff(metadata, request);
        diff.requestParameters(request);
        diff.responseFields("", metadata.successSchema(), response);
        return List.copyOf(diff.found);
    }

    // ---- request ----

    private void requestParameters(JsonNode kit) {
        JsonNode kitProperties = kit.path("properties");
        Set<String> names = new LinkedHashSet<>();
        metadata.parameters().forEach(p -> names.add(p.getKey()));
        kitProperties.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode m = metadata.parameters().stream().filter(p -> p.getKey().equals(name)).map(java.util.Map.Entry::getValue)
                    .findFirst().orElse(null);
            JsonNode k = kitProperties.get(name);
            String path = "/" + name;
            if (presence("request", path, m, k)) {
                requestNode(path, m, k, required(kit, name), true);
                exclusive(path, name, m);
            }
        }
    }

    private void requestNode(String path, JsonNode m, JsonNode k, boolean kitRequired, boolean member) {
        for (String keyword : REQUEST_KEYWORDS) {
            Optional<ApiMetadata.Stated> stated = stated(m, keyword);
            compare("request", path, keyword, stated, kitValue(k, keyword), note(m, keyword, stated));
            literal("request", path, keyword, stated, k, note(m, keyword, stated));
        }
        if (member) {
            boolean metadataRequired = m.path("required").asBoolean(false);
            compare("request", path, "required", Optional.of(new ApiMetadata.Stated(bool(metadataRequired), "")),
                    Optional.of(bool(kitRequired)), "");
            if (m.has("docRequired")) {
                compare("request", path, "docRequired", Optional.of(new ApiMetadata.Stated(m.get("docRequired"), "")),
                        Optional.of(bool(kitRequired)), "the metadata's docRequired (required in the docs) against the kit's required");
            }
        }
        children("request", path, m, k);
    }

    private void exclusive(String path, String name, JsonNode m) {
        Optional<ApiMetadata.Stated> stated = ApiMetadata.exclusiveWith(m);
        Optional<JsonNode> kit = kitExclusiveWith(name);
        compare("request", path, "exclusiveWith", stated, kit, stated.map(ApiMetadata.Stated::source).orElse(""));
    }

    /** The parameter a kit rule {@code not: {required: [name, other]}} (at the root or in its allOf) forbids beside this one. */
    private Optional<JsonNode> kitExclusiveWith(String name) {
        List<JsonNode> rules = new ArrayList<>();
        rules.add(kitRequest);
        kitRequest.path("allOf").forEach(rules::add);
        for (JsonNode rule : rules) {
            JsonNode pair = rule.path("not").path("required");
            if (pair.isArray() && pair.size() == 2) {
                if (pair.get(0).asText().equals(name)) {
                    return Optional.of(pair.get(1));
                }
                if (pair.get(1).asText().equals(name)) {
                    return Optional.of(pair.get(0));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ApiMetadata.Stated> stated(JsonNode m, String keyword) {
        return switch (keyword) {
            case "minimum" -> ApiMetadata.minimum(m);
            case "maximum" -> ApiMetadata.maximum(m);
            case "default" -> ApiMetadata.defaultValue(m);
            case "enum" -> ApiMetadata.enumeration(m);
            default -> ApiMetadata.keyword(m, keyword);
        };
    }

    private static String note(JsonNode m, String keyword, Optional<ApiMetadata.Stated> stated) {
        String note = stated.map(ApiMetadata.Stated::source).filter(s -> s.startsWith("description") || s.startsWith("the description")).orElse("");
        if (keyword.equals("maximum") && m.has("maximum")) {
            Optional<String> described = ApiMetadata.describedMaximum(m);
            if (described.isPresent() && !described.get().equals(m.get("maximum").asText())) {
                note = "\"maximum\": " + m.get("maximum") + ", while its description says " + described.get();
            }
        }
        return note;
    }

    private static Optional<JsonNode> kitValue(JsonNode k, String keyword) {
        if (keyword.equals("enum") && !k.has("enum") && k.has("const")) {
            return Optional.of(KitFiles.MAPPER.createArrayNode().add(k.get("const")));
        }
        return Optional.ofNullable(k.get(keyword)).filter(v -> !v.isNull());
    }

    // ---- response ----

    private void responseFields(String path, JsonNode m, JsonNode k) {
        children("response", path, m, k);
    }

    private void responseNode(String path, JsonNode m, JsonNode k) {
        for (String keyword : RESPONSE_KEYWORDS) {
            Optional<ApiMetadata.Stated> stated = ApiMetadata.keyword(m, keyword);
            compare("response", path, keyword, stated, kitValue(k, keyword), "");
            literal("response", path, keyword, stated, k, "");
        }
        children("response", path, m, k);
    }

    // ---- shared ----

    /** Array items ({@code /[]}) and object members, on both sides. */
    private void children(String side, String path, JsonNode m, JsonNode k) {
        if (m.has("items") && k.has("items")) {
            node(side, path + "/[]", m.get("items"), k.get("items"), false, false);
        }
        JsonNode mp = m.path("properties");
        JsonNode kp = k.path("properties");
        if (!mp.isObject() && !kp.isObject()) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        mp.fieldNames().forEachRemaining(names::add);
        kp.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            String child = path + "/" + name;
            if (presence(side, child, mp.get(name), kp.get(name))) {
                node(side, child, mp.get(name), kp.get(name), required(k, name), true);
            }
        }
    }

    private void node(String side, String path, JsonNode m, JsonNode k, boolean kitRequired, boolean member) {
        if (side.equals("request")) {
            requestNode(path, m, k, kitRequired, member);
        } else {
            responseNode(path, m, k);
        }
    }

    /** True when both sides have it; otherwise records which one lacks it. */
    private boolean presence(String side, String path, JsonNode m, JsonNode k) {
        if (m != null && k != null) {
            return true;
        }
        found.add(new Difference(metadata.api(), side + ":" + path + "/presence", m == null ? ABSENT : "present",
                k == null ? ABSENT : "present", ""));
        return false;
    }

    private void literal(String side, String path, String keyword, Optional<ApiMetadata.Stated> stated, JsonNode k, String note) {
        JsonNode overlay = k.path(SchemaOverlay.LITERAL);
        if (overlay.has(keyword)) {
            Optional<JsonNode> literal = Optional.of(overlay.get(keyword)).filter(v -> !v.isNull());
            compare(side, path, SchemaOverlay.LITERAL + "/" + keyword, stated, literal,
                    "against the kit's x-literal overlay (the page's literal reading)" + (note.isEmpty() ? "" : "; metadata " + note));
        }
    }

    private void compare(String side, String path, String aspect, Optional<ApiMetadata.Stated> metadataValue, Optional<JsonNode> kitValue,
            String note) {
        boolean unordered = aspect.endsWith("enum") || aspect.endsWith("type");
        String m = metadataValue.map(s -> canonical(s.value(), unordered)).orElse(ABSENT);
        String k = kitValue.map(v -> canonical(v, unordered)).orElse(ABSENT);
        if (!m.equals(k)) {
            found.add(new Difference(metadata.api(), side + ":" + path + "/" + aspect, m, k, note));
        }
    }

    /** Scalars as their text (the metadata writes numbers as strings: "100" and 100 agree); lists sorted when order is not meaningful. */
    static String canonical(JsonNode value, boolean unordered) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(canonical(v, unordered)));
            if (unordered) {
                items.sort(MetadataDiff::numbersFirst);
            }
            return "[" + String.join(", ", items) + "]";
        }
        return value.asText();
    }

    /** Integers in numeric order, then text in natural order: {@code [30, 50, 100]}. */
    private static int numbersFirst(String a, String b) {
        boolean an = a.matches("-?\\d+");
        boolean bn = b.matches("-?\\d+");
        if (an && bn) {
            return new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b));
        }
        return an ? -1 : bn ? 1 : a.compareTo(b);
    }

    private static boolean required(JsonNode parent, String name) {
        for (JsonNode r : parent.path("required")) {
            if (r.asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode bool(boolean b) {
        return KitFiles.MAPPER.getNodeFactory().booleanNode(b);
    }
}
