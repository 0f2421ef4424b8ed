package io.restorekit.oracle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an answer's ids got wrong against an expectation: ids it should have held and did not, ids it
 * held and should not, and ids held twice. Ids the expectation leaves open are allowed either way.
 */
public record ListingDifference(List<String> missing, List<String> unexpected, List<String> duplicated) {

    public static ListingDifference of(List<String> expected, Set<String> allowed, List<String> actual) {
        Set<String> actualSet = new LinkedHashSet<>();
        List<String> duplicated = new ArrayList<>();
        for (String id : actual) {
            if (!actualSet.add(id)) {
                duplicated.add(id);
            }
        }
        Set<String> expectedSet = new LinkedHashSet<>(expected);
        List<String> missing = expected.stream().filter(id -> !actualSet.contains(id)).distinct().toList();
        List<String> unexpected = actualSet.stream()
                .filter(id -> !expectedSet.contains(id) && !allowed.contains(id)).toList();
        return new ListingDifference(missing, unexpected, duplicated);
    }

    public boolean none() {
        return missing.isEmpty() && unexpected.isEmpty() && duplicated.isEmpty();
    }

    /** "2 missing (r-1, r-2); 1 unexpected (r-9)" with at most five ids each. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add(missing.size() + " missing " + sample(missing));
        }
        if (!unexpected.isEmpty()) {
            parts.add(unexpected.size() + " unexpected " + sample(unexpected));
        }
        if (!duplicated.isEmpty()) {
            parts.add(duplicated.size() + " returned twice " + sample(duplicated));
        }
        return parts.isEmpty() ? "no difference" : String.join("; ", parts);
    }

    private static String sample(List<String> ids) {
        return "(" + String.join(", ", ids.subList(0, Math.min(5, ids.size()))) + (ids.size() > 5 ? ", …" : "") + ")";
    }
}
