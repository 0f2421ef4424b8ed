package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * networknt's errors as {@link SchemaViolation}s: instance location, keyword and the keyword's value, actual value.
 *
 * <p>{@code required} points at the missing member, not its parent. Errors from the branches of one {@code anyOf}
 * become one violation ({@code anyOf [const 0 | minimum 100000000000]}), since only their combination is the rule.
 */
final class ViolationTranslator {
    static final String UNDOCUMENTED = "a documented field (not in the schema)";
    private static final String ANY_OF = "anyOf";

    private ViolationTranslator() {
    }

    static List<SchemaViolation> translate(List<Error> errors) {
        List<SchemaViolation> violations = new ArrayList<>();
        Map<String, List<Error>> anyOfGroups = new LinkedHashMap<>();
        for (Error error : errors) {
            NodePath anyOf = innermostAnyOf(error.getEvaluationPath());
            if (anyOf != null) {
                String key = error.getInstanceLocation() + " " + anyOf;
                anyOfGroups.computeIfAbsent(key, k -> new ArrayList<>()).add(error);
            } else {
                violations.add(single(error));
            }
        }
        anyOfGroups.values().forEach(group -> violations.add(anyOf(group)));
        return violations;
    }

    /** A member {@link DocumentedMembersKeyword} found undocumented: the error names the object and the member. */
    static SchemaViolation undocumented(Error error) {
        com.fasterxml.jackson.databind.JsonNode object = error.getInstanceNode();
        return new SchemaViolation(JsonPointers.append(error.getInstanceLocation().toString(), error.getProperty()),
                UNDOCUMENTED, JsonPointers.shortJson(object == null ? null : object.get(error.getProperty())),
                "undocumented field; services may add fields, strict mode rejects them");
    }

    /** An error of one of the kit's graded keywords: its message is the detail. */
    static SchemaViolation graded(Error error, String constraint) {
        return new SchemaViolation(error.getInstanceLocation().toString(), constraint,
                JsonPointers.shortJson(error.getInstanceNode()), error.getMessage());
    }

    private static SchemaViolation single(Error error) {
        String pointer = error.getInstanceLocation().toString();
        String detail = String.valueOf(error.getSchemaLocation());
        if ("required".equals(error.getKeyword())) {
            return new SchemaViolation(JsonPointers.append(pointer, error.getProperty()), "required", "(absent)", detail);
        }
        return new SchemaViolation(pointer, constraint(error), JsonPointers.shortJson(error.getInstanceNode()), detail);
    }

    private static SchemaViolation anyOf(List<Error> group) {
        Error first = group.get(0);
        List<String> branches = new ArrayList<>();
        for (Error error : group) {
            String branch = "required".equals(error.getKeyword()) ? "required " + error.getProperty() : constraint(error);
            if (!branches.contains(branch)) {
                branches.add(branch);
            }
        }
        return new SchemaViolation(first.getInstanceLocation().toString(), "anyOf [" + String.join(" | ", branches) + "]",
                JsonPointers.shortJson(first.getInstanceNode()),
                first.getSchemaLocation() + " (via " + innermostAnyOf(first.getEvaluationPath()) + ")");
    }

    /** The evaluation path up to its last {@code anyOf} keyword (followed by a branch index), or null. */
    private static NodePath innermostAnyOf(NodePath path) {
        for (NodePath at = path; at != null && at.getNameCount() > 1; at = at.getParent()) {
            NodePath parent = at.getParent();
            if (parent != null && ANY_OF.equals(parent.getName(parent.getNameCount() - 1)) && at.getElement(at.getNameCount() - 1) instanceof Integer) {
                return parent;
            }
        }
        return null;
    }

    private static String constraint(Error error) {
        JsonNode value = error.getSchemaNode();
        // Types read as words (type integer); every other value as JSON (const "200", enum ["A","B"]).
        String text = value == null ? "" : value.isTextual() && "type".equals(error.getKeyword()) ? value.asText() : value.toString();
        return (error.getKeyword() + " " + text).trim();
    }
}
