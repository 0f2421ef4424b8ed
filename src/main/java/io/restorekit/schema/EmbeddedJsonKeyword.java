package io.restorekit.schema;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.AbstractKeywordValidator;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;

/**
 * {@code contentMediaType: application/json} in the kit's dialect: a string documented as JSON text (e.g.
 * {@code UdmDetail}, {@code Options}) that does not parse is an error of this keyword, which the kit grades apart from
 * schema errors (JSON Schema 2020-12 makes the keyword an annotation only). An empty string means "not set".
 */
final class EmbeddedJsonKeyword implements Keyword {
    static final String NAME = "contentMediaType";
    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public String getValue() {
        return NAME;
    }

    @Override
    public KeywordValidator newValidator(SchemaLocation location, JsonNode schemaNode, Schema parent, SchemaContext context) {
        boolean json = "application/json".equals(schemaNode.asText());
        return new AbstractKeywordValidator(this, schemaNode, location) {
            @Override
            public void validate(ExecutionContext execution, JsonNode node, JsonNode root, NodePath at) {
                if (!json || !node.isTextual() || node.asText().isEmpty()) {
                    return;
                }
                try {
                    STRICT.readTree(node.asText());
                } catch (JacksonException e) {
                    execution.addError(Error.builder().keyword(NAME).instanceLocation(at)
                            .evaluationPath(execution.getEvaluationPath()).schemaLocation(location)
                            .instanceNode(node).schemaNode(schemaNode).message(parserMessage(e)).build());
                }
            }
        };
    }

    private static String parserMessage(JacksonException e) {
        String message = e.getOriginalMessage().lines().findFirst().orElse("");
        return e.getLocation() == null ? message
                : message + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
