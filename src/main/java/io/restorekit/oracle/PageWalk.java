package io.restorekit.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Every page of one listing, walked from the first page, and what the walk found wrong with the
 * paging itself (oversized pages, a total that moves, ids seen twice, a count that misses the total).
 */
public record PageWalk(List<Listing> pages, List<JsonNode> items, List<String> ids, long total, List<String> problems) {
    public boolean consistent() {
        return problems.isEmpty();
    }
}
