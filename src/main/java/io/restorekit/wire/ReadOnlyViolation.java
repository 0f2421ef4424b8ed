package io.restorekit.wire;

/**
 * The kit refused to send a request because its action is not a {@code Describe*} action: the kit only reads. Raised
 * before anything goes on the wire; the message is one line.
 */
public final class ReadOnlyViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReadOnlyViolation(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // the message is the whole story
    }
}
