package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Values the pages do not list but official clients know ({@code "x-client-values": {"values": [...], "evidence": "<id>"}}
 * beside a field's {@code enum}, e.g. HBR job Status RUNNING): evidence that the service sends them, so such a value is
 * a warning naming the evidence, not a schema failure. Any other value outside the enum still fails.
 */
final class ClientValueCheck implements SchemaInstanceWalker.Visitor {
    static final String KEYWORD = "x-client-values";
    private final List<SchemaViolation> found = new ArrayList<>();

    @Override
    public void documented(SchemaInstanceWalker.Location at, SchemaShape shape, JsonNode value) {
        shape.keyword(KEYWORD).ifPresent(known -> {
            boolean listed = shape.keyword("enum").map(e -> contains(e, value)).orElse(true);
            if (!listed && contains(known.path("values"), value)) {
                found.add(new SchemaViolation(at.pointer(), "enum " + shape.keyword("enum").get(), JsonPointers.shortJson(value),
                        "not on the page, but known to official clients: " + known.path("evidence").asText("(no evidence named)")));
            }
        });
    }

    private static boolean contains(JsonNode list, JsonNode value) {
        for (JsonNode v : list) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }

    List<SchemaViolation> found() {
        return List.copyOf(found);
    }
}
