package io.restorekit.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Which items of the full listing an answer must hold ({@link #expected()}) and which it may hold or not
 * ({@link #open()}: the docs do not settle them, e.g. an item lacking the field a filter judges).
 */
public record Expectation(List<String> expected, Set<String> open) {

    /** Judges each item: keep, drop, or empty for "either way". */
    public static Expectation over(List<JsonNode> items, Function<JsonNode, String> id,
                                   Function<JsonNode, Optional<Boolean>> keeps) {
        List<String> expected = new ArrayList<>();
        Set<String> open = new LinkedHashSet<>();
        for (JsonNode item : items) {
            Optional<Boolean> verdict = keeps.apply(item);
            if (verdict.isEmpty()) {
                open.add(id.apply(item));
            } else if (verdict.get()) {
                expected.add(id.apply(item));
            }
        }
        return new Expectation(List.copyOf(expected), Set.copyOf(open));
    }

    public ListingDifference against(List<String> actualIds) {
        return ListingDifference.of(expected, open, actualIds);
    }
}
