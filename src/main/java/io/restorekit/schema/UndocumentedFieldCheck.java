package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Members the pages do not document. Services add fields, so by default these are warnings; strict validation
 * reports them as errors.
 */
final class UndocumentedFieldCheck implements SchemaInstanceWalker.Visitor {
    static final String CONSTRAINT = "a documented field (not in the schema)";
    private final List<SchemaViolation> found = new ArrayList<>();

    @Override
    public void undocumented(String pointer, JsonNode value) {
        found.add(new SchemaViolation(pointer, CONSTRAINT, JsonPointers.shortJson(value),
                "undocumented field; services may add fields, strict mode rejects them"));
    }

    List<SchemaViolation> found() {
        return List.copyOf(found);
    }
}
