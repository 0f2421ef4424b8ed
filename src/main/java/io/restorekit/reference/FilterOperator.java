package io.restorekit.reference;

import java.util.Arrays;
import java.util.Optional;

/** The {@code Filters.N.Operator} values of DescribeRestoreJobs2 and how many {@code Values} each takes. */
public enum FilterOperator {
    EQUAL(1, 1),
    NOT_EQUAL(1, 1),
    GREATER_THAN(1, 1),
    GREATER_THAN_OR_EQUAL(1, 1),
    LESS_THAN(1, 1),
    LESS_THAN_OR_EQUAL(1, 1),
    /** Inclusive of both limits: {@code Values.1} is the lower, {@code Values.2} the upper limit. */
    BETWEEN(2, 2),
    IN(1, Integer.MAX_VALUE);

    private final int minValues;
    private final int maxValues;

    FilterOperator(int minValues, int maxValues) {
        this.minValues = minValues;
        this.maxValues = maxValues;
    }

    public int minValues() {
        return minValues;
    }

    public int maxValues() {
        return maxValues;
    }

    public static Optional<FilterOperator> named(String name) {
        return Arrays.stream(values()).filter(o -> o.name().equals(name)).findFirst();
    }
}
