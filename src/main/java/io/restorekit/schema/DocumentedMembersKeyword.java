package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.AbstractKeywordValidator;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;
import java.util.HashSet;
import java.util.Set;

/**
 * {@value UndocumentedMarking#KEYWORD} in the kit's dialect: each member of an object that the list does not name is an
 * error of this keyword, which the kit grades as an undocumented field (a warning; strict: an error).
 */
final class DocumentedMembersKeyword implements Keyword {
    @Override
    public String getValue() {
        return UndocumentedMarking.KEYWORD;
    }

    @Override
    public KeywordValidator newValidator(SchemaLocation location, JsonNode schemaNode, Schema parent, SchemaContext context) {
        Set<String> documented = new HashSet<>();
        schemaNode.forEach(name -> documented.add(name.asText()));
        return new AbstractKeywordValidator(this, schemaNode, location) {
            @Override
            public void validate(ExecutionContext execution, JsonNode node, JsonNode root, NodePath at) {
                if (!node.isObject()) {
                    return;
                }
                for (java.util.Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (!documented.contains(name)) {
                        execution.addError(Error.builder().keyword(UndocumentedMarking.KEYWORD).instanceLocation(at)
                                .property(name).evaluationPath(execution.getEvaluationPath()).schemaLocation(location)
                                .instanceNode(node).schemaNode(schemaNode).message("undocumented member " + name).build());
                    }
                }
            }
        };
    }
}
