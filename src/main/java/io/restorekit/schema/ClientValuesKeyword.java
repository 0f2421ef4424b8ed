package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.AbstractKeywordValidator;
import com.networknt.schema.keyword.EnumValidator;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code enum} in the kit's dialect: beside {@code "x-client-values": {"values": [...], "evidence": "<id>"}} (values the
 * pages do not list but official clients know, e.g. HBR job Status RUNNING), such a value is an error of
 * {@value #GRADED}, which the kit grades as a warning naming the evidence. Every other value outside the enum is
 * networknt's own {@code enum} error.
 */
final class ClientValuesKeyword implements Keyword {
    static final String GRADED = "x-client-values";

    @Override
    public String getValue() {
        return "enum";
    }

    @Override
    public KeywordValidator newValidator(SchemaLocation location, JsonNode schemaNode, Schema parent, SchemaContext context) {
        EnumValidator standard = new EnumValidator(location, schemaNode, parent, context);
        JsonNode known = parent.getSchemaNode().path(GRADED);
        if (!known.isObject()) {
            return standard;
        }
        Set<JsonNode> values = new HashSet<>();
        known.path("values").forEach(values::add);
        String evidence = known.path("evidence").asText("(no evidence named)");
        SchemaLocation knownAt = parent.getSchemaLocation().append(GRADED);
        return new AbstractKeywordValidator(this, schemaNode, location) {
            @Override
            public void validate(ExecutionContext execution, JsonNode node, JsonNode root, NodePath at) {
                if (values.contains(node) && !contains(schemaNode, node)) {
                    execution.addError(Error.builder().keyword(GRADED).instanceLocation(at)
                            .evaluationPath(execution.getEvaluationPath()).schemaLocation(knownAt)
                            .instanceNode(node).schemaNode(schemaNode)
                            .message("not on the page, but known to official clients: " + evidence).build());
                } else {
                    standard.validate(execution, node, root, at);
                }
            }
        };
    }

    private static boolean contains(JsonNode list, JsonNode value) {
        for (JsonNode v : list) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
