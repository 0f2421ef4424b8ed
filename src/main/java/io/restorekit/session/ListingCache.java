package io.restorekit.session;

import io.restorekit.oracle.PageWalk;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Full listings already walked in this run, by API and request, so the many scenarios that compare
 * against "the full listing" walk it once. A walk that found paging problems is not kept: each
 * scenario that relies on it then reports them itself.
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
