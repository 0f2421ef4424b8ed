package io.restorekit.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import io.restorekit.api.ApiDescriptor;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Applies structured filters client-side, the documented way: each condition on the item field its key
 * names, the API's default operator where none was sent, and every condition at once (AND).
 */
public final class FilterJudge {
    private final ApiDescriptor.Filters filters;

    public FilterJudge(ApiDescriptor.Filters filters) {
        if (filters == null) {
            throw new IllegalArgumentException("this API has no structured filters in its descriptor");
        }
        this.filters = filters;
    }

    public Expectation expect(List<JsonNode> fullListing, Function<JsonNode, String> id, List<FilterCondition> conditions) {
        FilterOperator defaultOperator = FilterOperator.parse(filters.defaultOperator());
        for (FilterCondition c : conditions) {
            if (!filters.key(c.key()).observable()) {
                throw new IllegalArgumentException("filter key " + c.key() + " names no single item field in the"
                        + " docs, so a listing filtered on it cannot be judged item by item");
            }
        }
        return Expectation.over(fullListing, id, item -> {
            boolean unknown = false;
            for (FilterCondition c : conditions) {
                ApiDescriptor.FilterKey key = filters.key(c.key());
                Optional<Boolean> kept = c.keeps(item, key.field(), key.numeric(), defaultOperator);
                if (kept.isPresent() && !kept.get()) {
                    return Optional.of(false);
                }
                unknown |= kept.isEmpty();
            }
            return unknown ? Optional.empty() : Optional.of(true);
        });
    }
}
