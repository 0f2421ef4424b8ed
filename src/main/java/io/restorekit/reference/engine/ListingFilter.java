package io.restorekit.reference.engine;

import io.restorekit.reference.rules.ApiRules;
import io.restorekit.reference.rules.FilterOperator;
import java.util.List;

/** One validated {@code Filters.N}: key (with its rule), operator (defaulted) and values in {@code Values.M} order. */
public record ListingFilter(int index, ApiRules.FilterKeyRule key, FilterOperator operator, List<String> values) {
    public ListingFilter {
        values = List.copyOf(values);
    }
}
