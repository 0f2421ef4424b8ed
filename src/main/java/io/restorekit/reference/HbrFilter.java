package io.restorekit.reference;

import java.util.List;

/** One validated {@code Filters.N}: key, operator (defaulted) and values in {@code Values.M} order. */
public record HbrFilter(int index, FilterKey key, FilterOperator operator, List<String> values) {
    public HbrFilter {
        values = List.copyOf(values);
    }
}
