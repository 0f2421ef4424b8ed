package io.restorekit.oracle;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Two listings that must split the full listing between them (EQUAL and NOT_EQUAL on one value): the ids listed
 * by both, and the full listing's ids listed by neither. The split holds when both are empty.
 */
public record Partition(List<String> inBoth, List<String> inNeither) {

    public static Partition of(List<String> full, List<String> one, List<String> other) {
        Set<String> both = new LinkedHashSet<>(one);
        both.retainAll(Set.copyOf(other));
        Set<String> union = new LinkedHashSet<>(one);
        union.addAll(other);
        return new Partition(List.copyOf(both), full.stream().filter(id -> !union.contains(id)).distinct().toList());
    }

    public boolean holds() {
        return inBoth.isEmpty() && inNeither.isEmpty();
    }
}
