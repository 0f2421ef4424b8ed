package io.restorekit.session;

import io.restorekit.wire.HttpExchange;
import java.util.ArrayList;
import java.util.List;

/**
 * The exchanges of the scenario running on this thread, for its report. Cucumber runs a scenario on one
 * thread, so a thread-local journal keeps parallel scenarios apart.
 */
public final class ExchangeJournal {
    private static final ThreadLocal<List<HttpExchange>> CURRENT = new ThreadLocal<>();

    private ExchangeJournal() {
    }

    public static void begin() {
        CURRENT.set(new ArrayList<>());
    }

    /** The exchanges recorded since {@link #begin()}, and forgets them. */
    public static List<HttpExchange> end() {
        List<HttpExchange> recorded = CURRENT.get();
        CURRENT.remove();
        return recorded == null ? List.of() : recorded;
    }

    public static void record(HttpExchange exchange) {
        List<HttpExchange> recorded = CURRENT.get();
        if (recorded != null) {
            recorded.add(exchange);
        }
    }
}
