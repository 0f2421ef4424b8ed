package io.restorekit.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Given;
import io.restorekit.api.ItemNouns.ItemNoun;
import io.restorekit.oracle.ValuePicker;
import java.util.List;
import java.util.Optional;

/**
 * The full listing (walked once per run) and filter values picked from it, so every expectation comes from
 * the target's own data; a pick the data cannot supply skips the scenario with the reason.
 */
public class PickSteps {
    private final ScenarioState state;
    private final io.restorekit.runner.KitRuntime runtime;

    public PickSteps(ScenarioState state, io.restorekit.runner.KitRuntime runtime) {
        this.state = state;
        this.runtime = runtime;
    }

    @Given("the full listing of {items}")
    public void fullListing(ItemNoun items) {
        state.fullListing = state.session.fullListing(state.session.request());
    }

    @Given("the full listing has a {items} whose {string} is {string}")
    public void fullListingHas(ItemNoun items, String field, String value) {
        boolean found = state.requireFullListing().items().stream()
                .anyMatch(i -> i.has(field) && i.get(field).asText().equals(value));
        if (!found) {
            ScenarioState.skip("the target lists no " + state.noun() + " whose " + field + " is " + value);
        }
    }

    @Given("a {string} value from the full listing, called {word}")
    public void pickOne(String field, String name) {
        Optional<String> value = ValuePicker.one(state.requireFullListing().items(), field);
        state.picks.put(name, value.orElseGet(() -> ScenarioState.skip("the target lists no " + state.noun() + " with a " + field)));
    }

    @Given("two different {string} values from the full listing, called {word} and {word}")
    public void pickTwo(String field, String first, String second) {
        List<String> values = ValuePicker.two(state.requireFullListing().items(), field)
                .orElseGet(() -> ScenarioState.skip("the target's " + state.noun() + "s hold fewer than two different " + field + " values"));
        state.picks.put(first, values.get(0));
        state.picks.put(second, values.get(1));
    }

    @Given("{int} different {string} values from the full listing, called {word}")
    public void pickMany(int count, String field, String name) {
        List<String> values = state.requireFullListing().items().stream()
                .filter(i -> i.hasNonNull(field) && !i.get(field).asText().isEmpty())
                .map(i -> i.get(field).asText()).distinct().limit(count).toList();
        if (values.size() < count) {
            ScenarioState.skip("the target's " + state.noun() + "s hold fewer than " + count + " different " + field + " values");
        }
        state.picks.put(name, String.join(",", values));
    }

    @Given("a {string} value and a {string} value that occur together but not always, called {word} and {word}")
    public void pickTogether(String f1, String f2, String first, String second) {
        List<String> values = ValuePicker.together(state.requireFullListing().items(), f1, f2)
                .orElseGet(() -> ScenarioState.skip("no " + f1 + " and " + f2 + " values of the target's " + state.noun()
                        + "s occur together and also apart, so AND cannot be told from OR"));
        state.picks.put(first, values.get(0));
        state.picks.put(second, values.get(1));
    }

    /** A ClientToken derived from the run's seed: fresh for every seed, the same whenever the seed is the same. */
    @Given("a ClientToken from the run's seed, called {word}")
    public void pickClientToken(String name) {
        state.picks.put(name, runtime.seed().clientToken(name));
    }

    @Given("a {string} value whose {string} is {string}, called {word}")
    public void pickWhere(String field, String otherField, String value, String name) {
        pickFrom(field, otherField, state.expand(value), true, name);
    }

    @Given("a {string} value whose {string} is not {string}, called {word}")
    public void pickWhereNot(String field, String otherField, String value, String name) {
        pickFrom(field, otherField, state.expand(value), false, name);
    }

    private void pickFrom(String field, String otherField, String value, boolean equal, String name) {
        List<JsonNode> matching = state.requireFullListing().items().stream()
                .filter(i -> i.has(otherField) && i.get(otherField).asText().equals(value) == equal).toList();
        state.picks.put(name, ValuePicker.one(matching, field).orElseGet(() -> ScenarioState.skip("the target lists no " + state.noun()
                + " with a " + field + " whose " + otherField + (equal ? " is " : " is not ") + value)));
    }
}
