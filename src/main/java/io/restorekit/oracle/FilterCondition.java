package io.restorekit.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of a structured filter: key, operator (null = not sent, so the API's default applies) and
 * values; knows how it is flattened onto the wire and how it judges an item on one field.
 */
public record FilterCondition(String key, FilterOperator operator, List<String> values) {

    /** The wire form, e.g. {@code {Key: VaultId, Operator: IN, Values: [v-1, v-2]}}; no Operator when null. */
    public Map<String, Object> wireForm() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("Key", key);
        if (operator != null) {
            entry.put("Operator", operator.name());
        }
        entry.put("Values", values);
        return entry;
    }

    /** Judges an item on {@code field}, with {@code defaultOperator} standing in when none was sent. */
    public Optional<Boolean> keeps(JsonNode item, String field, boolean numeric, FilterOperator defaultOperator) {
        FilterOperator effective = operator == null ? defaultOperator : operator;
        return effective.keeps(item.get(field), values, numeric);
    }

    @Override
    public String toString() {
        return key + " " + (operator == null ? "(no operator)" : operator.name()) + " " + values;
    }
}
