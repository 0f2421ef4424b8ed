package io.restorekit.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The documented filter operators and what each means, judged client-side on one item field.
 * An item without the field is neither kept nor dropped ({@link Optional#empty()}): the docs do not say.
 */
public enum FilterOperator {
    EQUAL, NOT_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL, LESS_THAN, LESS_THAN_OR_EQUAL, BETWEEN, IN;

    /** Whether an item whose field holds {@code field} is kept by this operator with these values. */
    public Optional<Boolean> keeps(JsonNode field, List<String> values, boolean numeric) {
        if (field == null || field.isNull() || field.isMissingNode()) {
            return Optional.empty();
        }
        String actual = field.asText();
        return Optional.of(switch (this) {
            case EQUAL -> same(actual, values.get(0), numeric);
            case NOT_EQUAL -> !same(actual, values.get(0), numeric);
            case GREATER_THAN -> compare(actual, values.get(0), numeric) > 0;
            case GREATER_THAN_OR_EQUAL -> compare(actual, values.get(0), numeric) >= 0;
            case LESS_THAN -> compare(actual, values.get(0), numeric) < 0;
            case LESS_THAN_OR_EQUAL -> compare(actual, values.get(0), numeric) <= 0;
            case BETWEEN -> compare(actual, values.get(0), numeric) >= 0 && compare(actual, values.get(1), numeric) <= 0;
            case IN -> values.stream().anyMatch(v -> same(actual, v, numeric));
        });
    }

    /** How many values the operator takes: BETWEEN two (lower, upper), IN one or more, the rest one. */
    public int arity() {
        return this == BETWEEN ? 2 : this == IN ? -1 : 1;
    }

    public static FilterOperator parse(String name) {
        return valueOf(name.trim());
    }

    private static boolean same(String a, String b, boolean numeric) {
        return compare(a, b, numeric) == 0;
    }

    private static int compare(String a, String b, boolean numeric) {
        if (numeric) {
            return new BigDecimal(a.trim()).compareTo(new BigDecimal(b.trim()));
        }
        return a.compareTo(b);
    }
}
