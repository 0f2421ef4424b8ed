package io.restorekit.schema;

/** RFC 6901 pointer building. */
final class JsonPointers {
    private JsonPointers() {
    }

    static String append(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    static String append(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** A value as short JSON text for a one-line message. */
    static String shortJson(com.fasterxml.jackson.databind.JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "(absent)";
        }
        String text = value.toString();
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
