package io.restorekit.schema;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

/**
 * {@code contentMediaType: application/json} in the kit's dialect: a string documented as JSON text (e.g.
 * {@code UdmDetail}, {@code Options}) that does not parse is an error of this keyword, which the kit grades apart from
 * schema errors (JSON Schema 2020-12 makes the keyword an annotation only). An empty (or white-space) string means "not set".
 */
final class EmbeddedJsonKeyword implements Keyword {
    static final String NAME = "contentMediaType";
    private static final JsonFactory FACTORY = new JsonFactory();
    /**
     * Verdicts by text ("" for well-formed): a run validates the same items again and again (the full listing, its
     * filtered listings, walks of other sizes), so most texts were read before. Bounded: emptied when full.
     */
    private static final java.util.Map<String, String> VERDICTS = new java.util.concurrent.ConcurrentHashMap<>();
    static final int MEMO_LIMIT = 20_000;

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
                String problem = memoized(node.asText());
                if (problem != null) {
                    execution.addError(Error.builder().keyword(NAME).instanceLocation(at)
                            .evaluationPath(execution.getEvaluationPath()).schemaLocation(location)
                            .instanceNode(node).schemaNode(schemaNode).message(problem).build());
                }
            }
        };
    }

    /** {@link #problem}, read from the memo when this text was judged before. */
    static String memoized(String text) {
        String known = VERDICTS.get(text);
        if (known == null) {
            known = java.util.Objects.requireNonNullElse(problem(text), "");
            if (VERDICTS.size() >= MEMO_LIMIT) {
                VERDICTS.clear();
            }
            VERDICTS.put(text, known);
        }
        return known.isEmpty() ? null : known;
    }

    /** How many texts the memo holds. */
    static int memoSize() {
        return VERDICTS.size();
    }

    /** Why {@code text} is not one JSON value, or null: tokens are read and skipped, no tree is built. */
    static String problem(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                return null; // white space only: like the empty string, not set
            }
            parser.skipChildren();
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                return "Trailing token (of type " + trailing + ") found after value (line "
                        + parser.currentTokenLocation().getLineNr() + ", column " + parser.currentTokenLocation().getColumnNr() + ")";
            }
            return null;
        } catch (JacksonException e) {
            return parserMessage(e);
        } catch (java.io.IOException e) {
            return String.valueOf(e.getMessage());
        }
    }

    private static String parserMessage(JacksonException e) {
        String message = e.getOriginalMessage().lines().findFirst().orElse("");
        return e.getLocation() == null ? message
                : message + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
