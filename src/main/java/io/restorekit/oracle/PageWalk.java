package io.restorekit.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every page of one listing, walked from the first page, and what the walk found wrong with the
 * paging itself (oversized pages, a total that moves, ids seen twice, a count that misses the total).
 */
public record PageWalk(List<Listing> pages, List<JsonNode> items, List<String> ids, long total, List<Problem> problems) {
    /** What kind of paging rule a walk found broken: a check picks the kinds it judges. */
    public enum Kind {
        NO_TOTAL, TOTAL_MOVED, PAGE_OVERFULL, REPEATED_ID, PAST_THE_LAST_NOT_EMPTY, EMPTY_BEFORE_THE_LAST, COUNT_MISSES_TOTAL
    }

    /** One broken paging rule, with the sentence that says where. */
    public record Problem(Kind kind, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** What a listing's consistency rests on: every kind but what a page past the last holds (not part of the walk). */
    public static final Set<Kind> LISTING = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.complementOf(java.util.EnumSet.of(Kind.PAST_THE_LAST_NOT_EMPTY)));

    /** The pages add up to one listing: no problem of the {@link #LISTING} kinds. */
    public boolean consistent() {
        return problems.stream().noneMatch(p -> LISTING.contains(p.kind()));
    }

    /** The problems of these kinds, joined into one line ({@code ""} when there are none). */
    public String describe(Set<Kind> kinds) {
        return problems.stream().filter(p -> kinds.contains(p.kind())).map(Problem::text).collect(Collectors.joining("; "));
    }

    /** The problems that break the listing ({@link #LISTING}), joined into one line. */
    public String describe() {
        return describe(LISTING);
    }
}
