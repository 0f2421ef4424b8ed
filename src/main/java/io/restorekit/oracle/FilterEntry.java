package io.restorekit.oracle;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One row of a scenario's filters table (Key | Operator | Values): the condition the oracle judges, and the
 * operator as written, which goes onto the wire even when it is not a documented one (negative scenarios send such).
 */
public record FilterEntry(FilterCondition condition, String operatorAsWritten) {

    /** {@code operator} blank: none is sent; {@code values} comma-separated. */
    public static FilterEntry of(String key, String operator, String values) {
        String written = operator == null || operator.isBlank() ? null : operator.trim();
        List<String> split = Arrays.stream(values == null ? new String[0] : values.split(",")).map(String::trim).toList();
        return new FilterEntry(new FilterCondition(key, written == null ? null : documented(written), split), written);
    }

    /** The condition's wire form, with the operator as written. */
    public Map<String, Object> wireForm() {
        Map<String, Object> entry = condition.wireForm();
        if (operatorAsWritten != null) {
            entry.put("Operator", operatorAsWritten);
        }
        return entry;
    }

    private static FilterOperator documented(String operator) {
        try {
            return FilterOperator.parse(operator);
        } catch (IllegalArgumentException undocumented) {
            return null; // sent as written; only negative scenarios use one
        }
    }
}
