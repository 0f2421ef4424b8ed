package io.restorekit.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import io.restorekit.api.ApiDescriptor;
import io.restorekit.oracle.PageWalk.Kind;
import io.restorekit.oracle.PageWalk.Problem;
import io.restorekit.wire.RpcRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Walks a listing page by page with the API's own paging parameters until the reported total is
 * reached, and records every way the pages disagree with that total. Bounded: it never asks for more
 * pages than the first page's total calls for, plus one, and never more than {@link #MAX_PAGES}.
 */
public final class PageWalker {
    public static final int MAX_PAGES = 200;
    private final ApiDescriptor api;
    private final Function<RpcRequest, Listing> fetch;

    public PageWalker(ApiDescriptor api, Function<RpcRequest, Listing> fetch) {
        this.api = api;
        this.fetch = fetch;
    }

    public PageWalk walk(RpcRequest base, int pageSize) {
        ApiDescriptor.Paging paging = api.paging();
        List<Listing> pages = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<PageWalk.Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long total = -1;
        long pagesNeeded = 1;
        for (int i = 0; i < Math.min(pagesNeeded + 1, MAX_PAGES); i++) {
            int page = paging.firstPage() + i;
            Listing listing = fetch.apply(base.with(paging.pageParam(), page).with(paging.sizeParam(), pageSize));
            pages.add(listing);
            long reported = listing.total().orElse(-1);
            if (i == 0) {
                total = reported;
                if (total < 0) {
                    problems.add(new Problem(Kind.NO_TOTAL, "page " + page + " reports no integer " + paging.totalField()));
                    break;
                }
                pagesNeeded = (total + pageSize - 1) / pageSize;
            } else if (reported != total) {
                problems.add(new Problem(Kind.TOTAL_MOVED, paging.totalField() + " moved from " + total + " to " + reported
                        + " on page " + page));
            }
            if (listing.items().size() > pageSize) {
                problems.add(new Problem(Kind.PAGE_OVERFULL, "page " + page + " holds " + listing.items().size()
                        + " items, more than "
                        + paging.sizeParam() + " " + pageSize));
            }
            if (i == pagesNeeded) {
                // the page just past the last: documented paging says it is empty; what it holds is not part of the walk
                if (!listing.items().isEmpty()) {
                    problems.add(new Problem(Kind.PAST_THE_LAST_NOT_EMPTY, "page " + page + ", past the last page " + (page - 1)
                            + " for " + total
                            + " items, is not empty (" + listing.items().size() + " items)"));
                }
                break;
            }
            for (JsonNode item : listing.items()) {
                String id = listing.id(item);
                if (!seen.add(id)) {
                    problems.add(new Problem(Kind.REPEATED_ID, "id " + id + " appears again on page " + page));
                }
                items.add(item);
                ids.add(id);
            }
            if (listing.items().isEmpty() && i < pagesNeeded) {
                problems.add(new Problem(Kind.EMPTY_BEFORE_THE_LAST, "page " + page + " is empty although "
                        + paging.totalField() + " " + total
                        + " calls for " + pagesNeeded + " pages"));
                break;
            }
        }
        if (total >= 0 && ids.size() != total) {
            problems.add(new Problem(Kind.COUNT_MISSES_TOTAL, "walking every page gave " + ids.size() + " items, but "
                    + paging.totalField() + " is " + total));
        }
        return new PageWalk(List.copyOf(pages), List.copyOf(items), List.copyOf(ids), total, List.copyOf(problems));
    }
}
