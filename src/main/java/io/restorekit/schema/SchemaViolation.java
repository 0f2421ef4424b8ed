package io.restorekit.schema;

/**
 * One finding about one instance location.
 *
 * @param pointer    RFC 6901 pointer into the instance, e.g. {@code /RestoreJobs/RestoreJob/3/Progress} ({@code ""} is the root)
 * @param constraint what the schema expects, e.g. {@code maximum 10000}, {@code required}, {@code enum ["COMPLETE",...]}
 * @param actual     the value found, as short JSON text ({@code (absent)} for a missing field)
 * @param detail     where it comes from: the schema location for schema errors, the parser message for embedded JSON
 */
public record SchemaViolation(String pointer, String constraint, String actual, String detail) {

    /** One readable line: {@code at /RestoreJobs/RestoreJob/3/Progress: expected maximum 10000, got 12000}. */
    public String describe() {
        return "at " + (pointer.isEmpty() ? "(document root)" : pointer) + ": expected " + constraint + ", got " + actual;
    }
}
