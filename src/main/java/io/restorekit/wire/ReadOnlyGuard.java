package io.restorekit.wire;

/**
 * The kit is read-only: it sends {@code Describe*} actions and nothing else, wherever the action travels (the request's
 * action, an {@code Action} query parameter, an {@code x-acs-action} header).
 */
public final class ReadOnlyGuard {
    /** The only prefix an action the kit sends may have (case-sensitive, as Alibaba Cloud's action names are). */
    public static final String PREFIX = "Describe";

    private ReadOnlyGuard() {
    }

    public static boolean allows(String action) {
        return action != null && action.startsWith(PREFIX) && action.length() > PREFIX.length();
    }

    /**
     * @param where what carries the action, for the message ("action", "query parameter Action", ...)
     * @throws ReadOnlyViolation when {@code action} is not a Describe* action
     */
    static void check(String action, String where, String destination) {
        if (!allows(action)) {
            throw new ReadOnlyViolation("Refused to send " + where + " '" + action + "' to " + destination
                    + ": the kit is read-only and sends only " + PREFIX + "* actions");
        }
    }
}
