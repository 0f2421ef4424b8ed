package io.restorekit.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.restorekit.api.ItemNouns.ItemNoun;
import io.restorekit.oracle.FieldChecks;
import io.restorekit.oracle.Listing;
import io.restorekit.oracle.PageWalk;
import io.restorekit.clause.ClauseViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Clauses about single item fields of the full listing: units, JSON inside strings, type-specific fields. */
public class FieldSteps {
    private final ScenarioState state;

    public FieldSteps(ScenarioState state) {
        this.state = state;
    }

    @Then("every {items}'s {string}, where present, counts {word}")
    public void timestampUnit(ItemNoun items, String field, String unit) {
        everyPresent(field, value -> FieldChecks.timestampProblem(value, unit), "counts " + unit);
    }

    @Then("every {items}'s {string}, where present, is a string that parses as JSON")
    public void embeddedJson(ItemNoun items, String field) {
        everyPresent(field, FieldChecks::embeddedJsonProblem, "holds JSON inside a string");
    }

    @Then("every {items}'s {string}, where present, is between {long} and {long}")
    public void between(ItemNoun items, String field, long low, long high) {
        everyPresent(field, value -> FieldChecks.rangeProblem(value, low, high), "is between " + low + " and " + high);
    }

    @Then("every {items} that has {string} has {string} equal to {string}")
    public void onlyOn(ItemNoun items, String field, String otherField, String value) {
        everyPresent(field, (item, v) -> item.has(otherField) && item.get(otherField).asText().equals(value)
                ? Optional.empty() : Optional.of("appears although " + otherField + " is " + item.get(otherField)),
                "appears only where " + otherField + " is " + value);
    }

    @Then("every {items} whose {string} is {string} has {string} {long}, where present")
    public void valueWhere(ItemNoun items, String whereField, String whereValue, String field, long expected) {
        everyWhere(whereField, whereValue, field, value -> FieldChecks.isInteger(value, expected),
                "is " + expected);
    }

    @Then("every {items} whose {string} is {string} has {string} a multiple of {long}, where present")
    public void multipleWhere(ItemNoun items, String whereField, String whereValue, String field, long unit) {
        everyWhere(whereField, whereValue, field, value -> FieldChecks.isMultipleOf(value, unit),
                "is a multiple of " + unit);
    }

    /** Every item whose {@code whereField} is {@code whereValue} and that has {@code field} meets {@code holds}. */
    private void everyWhere(String whereField, String whereValue, String field, java.util.function.Predicate<JsonNode> holds,
                            String clause) {
        boolean any = state.requireFullListing().items().stream()
                .anyMatch(i -> i.has(whereField) && i.get(whereField).asText().equals(whereValue) && i.hasNonNull(field));
        if (!any) {
            ScenarioState.skip("no item of the target's full listing whose " + whereField + " is " + whereValue + " has " + field);
        }
        everyPresent(field, (item, value) -> !item.has(whereField) || !item.get(whereField).asText().equals(whereValue)
                || holds.test(value) ? Optional.empty()
                : Optional.of("is " + value + " although " + whereField + " is " + whereValue),
                clause + " where " + whereField + " is " + whereValue);
    }

    /**
     * Each page was validated against the response schema as it arrived ({@code ApiSession.send}: a violation
     * fails the walk itself). This adds that the walk was whole and held items, else the clause went unchecked.
     */
    @Then("every page validates against the response schema")
    public void everyPageValid() {
        PageWalk walk = state.requireConsistent(state.requireWalk());
        if (walk.items().isEmpty()) {
            ScenarioState.skip("the target lists no " + state.noun() + "s whose fields could be checked");
        }
    }

    private void everyPresent(String field, Function<JsonNode, Optional<String>> check, String clause) {
        everyPresent(field, (item, value) -> check.apply(value), clause);
    }

    private void everyPresent(String field, java.util.function.BiFunction<JsonNode, JsonNode, Optional<String>> check,
                              String clause) {
        PageWalk full = state.requireFullListing();
        Listing ids = new Listing(state.session.api(), full.pages().get(0).response());
        List<String> problems = new ArrayList<>();
        int present = 0;
        for (JsonNode item : full.items()) {
            JsonNode value = item.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            present++;
            check.apply(item, value).ifPresent(p -> problems.add(ids.id(item) + ": " + field + " " + p));
        }
        if (present == 0) {
            ScenarioState.skip("no item of the target's full listing has " + field);
        }
        if (!problems.isEmpty()) {
            throw state.session.broken(field + " " + clause + ", but " + problems.size() + " of "
                    + present + " items break it: " + String.join("; ", problems.subList(0, Math.min(3, problems.size()))),
                    full.pages().get(0).response());
        }
    }
}
