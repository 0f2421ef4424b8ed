package io.restorekit.oracle;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How one listing's ids differ from another's that must list the same items in the same order: the same ids in
 * another order (with the first position where they part), or other ids.
 */
public record OrderDifference(boolean sameIds, int firstDifference, ListingDifference difference) {

    /** Empty when {@code actual} lists exactly {@code expected}, in its order. */
    public static Optional<OrderDifference> of(List<String> expected, List<String> actual) {
        if (expected.equals(actual)) {
            return Optional.empty();
        }
        int i = 0;
        while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
            i++;
        }
        return Optional.of(new OrderDifference(new HashSet<>(expected).equals(new HashSet<>(actual)), i + 1,
                ListingDifference.of(expected, Set.of(), actual)));
    }

    /** "the order differs (first at position 3)", else what the ids got wrong. */
    public String describe() {
        return sameIds ? "the order differs (first at position " + firstDifference + ")" : difference.describe();
    }
}
