package io.restorekit.report;

/**
 * One place where a target's answer differs from the recorded answer to the same request (conformance.parity).
 *
 * @param request  the request, as the recording names it ({@code POST /?Action=…})
 * @param path     a JSON pointer into the answer ({@code /Items/RestoreTaskDetail/0/Status}), or {@code (status)}
 *                 for the HTTP status, {@code (body)} for a body that is not JSON
 * @param recorded the recorded value as JSON text, or {@code (absent)}
 * @param actual   the target's value as JSON text, or {@code (absent)}
 */
public record ParityDifference(String request, String path, String recorded, String actual) {
    public static final String ABSENT = "(absent)";

    /** {@code /Message: recorded "a", actual "b"}. */
    public String describe() {
        return path + ": recorded " + recorded + ", actual " + actual;
    }
}
