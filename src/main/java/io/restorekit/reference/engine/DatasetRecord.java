package io.restorekit.reference.engine;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * One dataset entry as stored in {@code stubs/data/*.json}: {@code {"hidden": {...}, "item": {...}}}. {@code item} is
 * returned verbatim (a copy) in a listing; {@code hidden} holds attributes the API filters on but never returns
 * (HBR: {@code edition}, {@code regionId}, {@code planId}). Rules name a value by a pointer into the record,
 * {@code /item/RestoreId} or {@code /hidden/edition}.
 */
public record DatasetRecord(ObjectNode hidden, ObjectNode item) {

    /** The value at {@code pointer} ({@code /item/...} or {@code /hidden/...}) as text; empty when absent or not a scalar. */
    public Optional<String> text(JsonPointer pointer) {
        return text(node(pointer));
    }

    /** The value at {@code pointer} as a long (timestamps); {@code 0} when absent. */
    public long number(JsonPointer pointer) {
        JsonNode node = node(pointer);
        return node == null ? 0L : node.asLong();
    }

    /** A field of the returned item, as text (numbers in their decimal form); empty when the item lacks it. */
    public Optional<String> itemText(String field) {
        return text(item.get(field));
    }

    private JsonNode node(JsonPointer pointer) {
        String part = pointer.getMatchingProperty();
        ObjectNode base = "item".equals(part) ? item : "hidden".equals(part) ? hidden : null;
        if (base == null) {
            return null;
        }
        JsonNode node = base.at(pointer.tail());
        return node.isMissingNode() ? null : node;
    }

    private static Optional<String> text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }
}
