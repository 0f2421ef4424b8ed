package io.restorekit.reference.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A copy of one API's rules JSON being edited by JSON Pointer: how a mutant changes one value. */
public record RulesEdit(ObjectNode json) {
    /** Sets the member at {@code pointer} (its parent must exist) to {@code value} (a JSON value or a Java scalar/list). */
    public RulesEdit with(String pointer, Object value) {
        parent(pointer).set(name(pointer), Json.MAPPER.valueToTree(value));
        return this;
    }

    /** Removes the member at {@code pointer}, which must exist: a mutant never edits a rule that is not there. */
    public RulesEdit without(String pointer) {
        ObjectNode parent = parent(pointer);
        if (!parent.has(name(pointer))) {
            throw new IllegalArgumentException("nothing at " + pointer + " to remove");
        }
        parent.remove(name(pointer));
        return this;
    }

    private ObjectNode parent(String pointer) {
        String path = pointer.substring(0, pointer.lastIndexOf('/'));
        JsonNode parent = json.at(path);
        if (!(parent instanceof ObjectNode object)) {
            throw new IllegalArgumentException("no object at " + path + " to edit " + pointer);
        }
        return object;
    }

    private static String name(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }
}
