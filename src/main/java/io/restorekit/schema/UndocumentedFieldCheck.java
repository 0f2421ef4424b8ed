package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Members the pages do not document. Services add fields, so by default these are warnings; strict validation
 * reports them as errors.
 */
final class UndocumentedFieldCheck {
    static final String CONSTRAINT = "a documented field (not in the schema)";

    private UndocumentedFieldCheck() {
    }

    static List<SchemaViolation> find(JsonNode schema, JsonNode instance) {
        List<SchemaViolation> found = new ArrayList<>();
        SchemaInstanceWalker.walk(schema, instance, new SchemaInstanceWalker.Visitor() {
            @Override
            public void undocumented(String pointer, JsonNode value) {
                found.add(new SchemaViolation(pointer, CONSTRAINT, JsonPointers.shortJson(value),
                        "undocumented field; services may add fields, strict mode rejects them"));
            }
        });
        return List.copyOf(found);
    }
}
