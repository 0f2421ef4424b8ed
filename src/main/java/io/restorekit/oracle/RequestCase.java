package io.restorekit.oracle;

import java.util.Map;

/** One request derived from a request schema, and what the schema says its answer must be. */
public record RequestCase(String description, Map<String, Object> parameters, Expect expect) {

    /** ACCEPT: the schema allows every value; REJECT: it forbids one; EITHER: the docs do not settle it. */
    public enum Expect { ACCEPT, REJECT, EITHER }
}
