package io.restorekit.clause;

import org.opentest4j.TestAbortedException;

/**
 * A SHOULD clause the target did not meet: a warning, not a failure. Cucumber and JUnit end the scenario as aborted
 * (so Maven's run does not fail on it); the kit's reports show it as {@code warned}.
 */
public final class ClauseWarning extends TestAbortedException {
    public static final String PREFIX = "Warning (SHOULD): ";

    private final String finding;

    public ClauseWarning(String message) {
        super(PREFIX + message);
        this.finding = message;
    }

    /** What was not met, without the {@value #PREFIX} the message starts with. */
    public String finding() {
        return finding;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // the message is the report
    }
}
