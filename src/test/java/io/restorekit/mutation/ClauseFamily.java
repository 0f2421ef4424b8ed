package io.restorekit.mutation;

/** The families of documented clauses a mutant can break; the panel needs at least one mutant in each. */
enum ClauseFamily {
    BOUNDS_AND_DEFAULTS("bounds and defaults of request parameters"),
    ECHOES("echoes of the paging parameters"),
    PAGING("paging arithmetic and page walks"),
    FILTER_OPERATORS("filter operators: strict vs inclusive, exclusions, the default operator, combination"),
    FILTER_KEYS("filter keys"),
    RESTORE_TYPE_EDITION("RestoreType and Edition"),
    DBS_SELECTION("DBS task id lists, plan filter and ClientToken"),
    ENVELOPE("presence and type of every envelope field"),
    ITEM_FIELDS("item fields: enums, timestamp units, JSON in strings, type-specific fields, ranges, types"),
    WRAPPERS("list wrappers"),
    ERROR_SHAPES("error shapes"),
    PROTOCOL("protocol: unknown action, version, content type, request cases");

    private final String title;

    ClauseFamily(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }
}
