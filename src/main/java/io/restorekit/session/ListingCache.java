package io.restorekit.session;

import io.restorekit.oracle.PageWalk;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Walks already made in this run, by API, request and page size, so the many scenarios that compare against "the full
 * listing", or walk what another scenario walked, fetch its pages once. A walk that found paging problems (or failed)
 * is not kept: each scenario that relies on it then walks and reports them itself. A reused walk's requests are in the
 * report of the scenario that sent them.
 */
public final class ListingCache {
    private final Map<String, PageWalk> walks = new ConcurrentHashMap<>();

    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /**
     * The walk of {@code key}, walked by the first scenario that asks; parallel scenarios asking at once wait for it
     * rather than walking it again, so a run's requests do not depend on how its scenarios interleave.
     */
    public PageWalk get(String key, Supplier<PageWalk> walker) {
        PageWalk cached = walks.get(key);
        if (cached != null) {
            return cached;
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            cached = walks.get(key);
            if (cached != null) {
                return cached;
            }
            PageWalk walk = walker.get();
            if (walk.consistent()) {
                walks.putIfAbsent(key, walk);
            }
            return walk;
        }
    }
}
