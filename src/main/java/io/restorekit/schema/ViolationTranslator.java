package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
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
    private static final String ANY_OF = "/anyOf/";

    private ViolationTranslator() {
    }

    static List<SchemaViolation> translate(List<Error> errors) {
        List<SchemaViolation> violations = new ArrayList<>();
        Map<String, List<Error>> anyOfGroups = new LinkedHashMap<>();
        for (Error error : errors) {
            String evaluationPath = error.getEvaluationPath().toString();
            int anyOf = evaluationPath.lastIndexOf(ANY_OF);
            if (anyOf >= 0) {
                String key = error.getInstanceLocation() + " " + evaluationPath.substring(0, anyOf);
                anyOfGroups.computeIfAbsent(key, k -> new ArrayList<>()).add(error);
            } else {
                violations.add(single(error));
            }
        }
        anyOfGroups.values().forEach(group -> violations.add(anyOf(group)));
        return violations;
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
        String evaluationPath = first.getEvaluationPath().toString();
        return new SchemaViolation(first.getInstanceLocation().toString(), "anyOf [" + String.join(" | ", branches) + "]",
                JsonPointers.shortJson(first.getInstanceNode()),
                first.getSchemaLocation() + " (via " + evaluationPath.substring(0, evaluationPath.lastIndexOf(ANY_OF) + ANY_OF.length() - 1) + ")");
    }

    private static String constraint(Error error) {
        JsonNode value = error.getSchemaNode();
        // Types read as words (type integer); every other value as JSON (const "200", enum ["A","B"]).
        String text = value == null ? "" : value.isTextual() && "type".equals(error.getKeyword()) ? value.asText() : value.toString();
        return (error.getKeyword() + " " + text).trim();
    }
}
