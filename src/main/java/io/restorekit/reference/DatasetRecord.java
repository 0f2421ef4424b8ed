package io.restorekit.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * One dataset entry as stored in {@code stubs/data/*.json}: {@code {"hidden": {...}, "item": {...}}}. {@code item} is
 * returned verbatim (a copy) in a listing; {@code hidden} holds attributes the API filters on but never returns
 * (HBR: {@code edition}, {@code regionId}, {@code planId}).
 */
public record DatasetRecord(ObjectNode hidden, ObjectNode item) {

    /** A field of the returned item, as text (numbers in their decimal form); empty when the item lacks it. */
    public Optional<String> itemText(String field) {
        return text(item.get(field));
    }

    /** A hidden attribute, as text; empty when absent. */
    public Optional<String> hiddenText(String attribute) {
        return text(hidden.get(attribute));
    }

    /** A long-valued item field (timestamps); {@code 0} when absent. */
    public long itemLong(String field) {
        JsonNode node = item.get(field);
        return node == null ? 0L : node.asLong();
    }

    private static Optional<String> text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }
}
