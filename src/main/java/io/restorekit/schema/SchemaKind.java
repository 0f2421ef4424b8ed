package io.restorekit.schema;

/** The three schemas each action has: {@code schemas/<api>/<kind>.schema.json}. */
public enum SchemaKind {
    REQUEST("request"),
    RESPONSE("response"),
    ERROR("error");

    private final String baseName;

    SchemaKind(String baseName) {
        this.baseName = baseName;
    }

    /** The file name inside {@code schemas/<api>/}, e.g. {@code response.schema.json}. */
    public String fileName() {
        return baseName + ".schema.json";
    }
}
