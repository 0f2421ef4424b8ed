package io.restorekit.reference.rules;

import java.util.Arrays;
import java.util.Optional;

/** The filter operators the listing engine knows (a rules file lists those its API accepts) and how many values each takes. */
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

    /** How many values it takes, in words (for the refusal message). */
    public String takes() {
        return this == BETWEEN ? "exactly two values (lower, upper limit)" : this == IN ? "at least one value" : "exactly one value";
    }

    public static Optional<FilterOperator> named(String name) {
        return Arrays.stream(values()).filter(o -> o.name().equals(name)).findFirst();
    }
}
