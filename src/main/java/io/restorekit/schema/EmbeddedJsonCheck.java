package io.restorekit.schema;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Strings documented as JSON text ({@code "contentMediaType": "application/json"}, e.g. {@code UdmDetail}, {@code Options})
 * that do not parse. Reported apart from schema errors: JSON Schema 2020-12 treats {@code contentMediaType} as an
 * annotation. An empty string means "not set" and is not reported.
 */
final class EmbeddedJsonCheck implements SchemaInstanceWalker.Visitor {
    static final String CONSTRAINT = "contentMediaType application/json";
    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final List<SchemaViolation> found = new ArrayList<>();

    @Override
    public void documented(SchemaInstanceWalker.Location at, SchemaShape shape, JsonNode value) {
        boolean json = shape.keyword("contentMediaType").map(JsonNode::asText).filter("application/json"::equals).isPresent();
        if (json && value.isTextual() && !value.asText().isEmpty()) {
            try {
                STRICT.readTree(value.asText());
            } catch (JacksonException e) {
                found.add(new SchemaViolation(at.pointer(), CONSTRAINT, JsonPointers.shortJson(value), parserMessage(e)));
            }
        }
    }

    List<SchemaViolation> found() {
        return List.copyOf(found);
    }

    private static String parserMessage(JacksonException e) {
        String message = e.getOriginalMessage().lines().findFirst().orElse("");
        return e.getLocation() == null ? message
                : message + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
