package io.restorekit.wire;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a run bounded against a target that stopped answering: after {@link #LIMIT} calls in a row to one
 * endpoint got no HTTP answer (timeouts, resets, refusals), further calls fail at once instead of each
 * waiting out its own timeout. Any HTTP answer from the endpoint ends the streak.
 */
final class UnansweredStreak {
    static final int LIMIT = 3;

    private record Streak(int count, String lastReason) {
    }

    private final Map<String, Streak> byEndpoint = new ConcurrentHashMap<>();

    /** Why calls to {@code endpoint} are no longer sent, or null while they still are. */
    String givenUp(String endpoint) {
        Streak streak = byEndpoint.get(endpoint);
        return streak != null && streak.count() >= LIMIT
                ? "not sent: the target gave no answer " + streak.count() + " times in a row (last: " + streak.lastReason() + ")"
                : null;
    }

    void unanswered(String endpoint, String reason) {
        byEndpoint.merge(endpoint, new Streak(1, reason), (old, one) -> new Streak(old.count() + 1, reason));
    }

    void answered(String endpoint) {
        byEndpoint.remove(endpoint);
    }
}
