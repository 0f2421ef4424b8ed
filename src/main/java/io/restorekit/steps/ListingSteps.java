package io.restorekit.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.restorekit.oracle.Expectation;
import io.restorekit.oracle.FilterJudge;
import io.restorekit.oracle.Listing;
import io.restorekit.oracle.ListingDifference;
import io.restorekit.oracle.PageWalk;
import io.restorekit.oracle.ValuePicker;
import io.restorekit.session.ClauseViolation;
import io.restorekit.wire.RpcResponse;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.opentest4j.TestAbortedException;

/**
 * Dataset-agnostic judgements of whole listings: the full listing walked page by page, values picked
 * from it, and filtered listings compared with the full listing filtered client-side.
 */
public class ListingSteps {
    private final ScenarioState state;

    public ListingSteps(ScenarioState state) {
        this.state = state;
    }

    @Given("the full listing of restore jobs/tasks")
    public void fullListing() {
        state.fullListing = state.session.fullListing(state.session.request());
    }

    @Given("the full listing has a restore job/task whose {string} is {string}")
    public void fullListingHas(String field, String value) {
        boolean found = state.requireFullListing().items().stream()
                .anyMatch(i -> i.has(field) && i.get(field).asText().equals(value));
        if (!found) {
            skip("the target lists no " + noun() + " whose " + field + " is " + value);
        }
    }

    @Given("a {string} value from the full listing, called {word}")
    public void pickOne(String field, String name) {
        Optional<String> value = ValuePicker.one(state.requireFullListing().items(), field);
        state.picks.put(name, value.orElseGet(() -> skip("the target lists no " + noun() + " with a " + field)));
    }

    @Given("two different {string} values from the full listing, called {word} and {word}")
    public void pickTwo(String field, String first, String second) {
        List<String> values = ValuePicker.two(state.requireFullListing().items(), field)
                .orElseGet(() -> skip("the target's " + noun() + "s hold fewer than two different " + field + " values"));
        state.picks.put(first, values.get(0));
        state.picks.put(second, values.get(1));
    }

    @Given("{int} different {string} values from the full listing, called {word}")
    public void pickMany(int count, String field, String name) {
        List<String> values = state.requireFullListing().items().stream()
                .filter(i -> i.hasNonNull(field) && !i.get(field).asText().isEmpty())
                .map(i -> i.get(field).asText()).distinct().limit(count).toList();
        if (values.size() < count) {
            skip("the target's " + noun() + "s hold fewer than " + count + " different " + field + " values");
        }
        state.picks.put(name, String.join(",", values));
    }

    @Given("a {string} value and a {string} value that occur together but not always, called {word} and {word}")
    public void pickTogether(String f1, String f2, String first, String second) {
        List<String> values = ValuePicker.together(state.requireFullListing().items(), f1, f2)
                .orElseGet(() -> skip("no " + f1 + " and " + f2 + " values of the target's " + noun()
                        + "s occur together and also apart, so AND cannot be told from OR"));
        state.picks.put(first, values.get(0));
        state.picks.put(second, values.get(1));
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
        state.picks.put(name, ValuePicker.one(matching, field).orElseGet(() -> skip("the target lists no " + noun()
                + " with a " + field + " whose " + otherField + (equal ? " is " : " is not ") + value)));
    }

    @Then("the pages together hold every restore job/task exactly once")
    public void walkComplete() {
        PageWalk walk = state.requireWalk();
        List<String> problems = walk.problems().stream().filter(p -> !p.contains("past the last")).toList();
        if (!problems.isEmpty()) {
            throw violation("Walking every page of " + state.walkPageSize + " broke the paging contract: "
                    + String.join("; ", problems), lastPage(walk));
        }
    }

    @Then("a page past the last is empty and reports the same {word}")
    public void pastTheLast(String totalField) {
        PageWalk walk = state.requireWalk();
        List<String> problems = walk.problems().stream()
                .filter(p -> p.contains("past the last") || p.contains("moved")).toList();
        if (!problems.isEmpty()) {
            throw violation(String.join("; ", problems), lastPage(walk));
        }
    }

    @Then("the walk lists the same restore jobs/tasks in the same order as a walk with {word} {int}")
    public void sameAsWalkWithSize(String sizeParam, int otherSize) {
        new RequestSteps(state).requireSizeParam(sizeParam);
        PageWalk mine = state.requireWalk();
        PageWalk other = state.session.walk(state.walkRequest, otherSize);
        sameOrder(mine, other, "a walk with page size " + otherSize);
    }

    @Then("the walk lists the same restore jobs/tasks in the same order as a walk with {word} {string}")
    public void sameAsWalkWith(String name, String value) {
        PageWalk mine = state.requireWalk();
        PageWalk other = state.session.walk(state.walkRequest.with(name, value), state.walkPageSize);
        sameOrder(mine, other, "a walk with " + name + " " + value);
    }

    @Then("the walk shares no restore job/task with a walk with {word} {string}")
    public void disjointFrom(String name, String value) {
        PageWalk mine = requireConsistent(state.requireWalk());
        PageWalk other = requireConsistent(state.session.walk(state.session.request().with(name, value), state.walkPageSize));
        if (mine.ids().isEmpty() && other.ids().isEmpty()) {
            skip("the target lists no " + noun() + " in either listing");
        }
        Set<String> shared = new HashSet<>(mine.ids());
        shared.retainAll(other.ids());
        if (!shared.isEmpty()) {
            throw violation(shared.size() + " " + noun() + "s appear in both listings, e.g. " + shared.iterator().next()
                    + ": the parameter does not restrict the listing", lastPage(other));
        }
    }

    @Then("the listing holds exactly the full listing's restore jobs/tasks kept by the filters")
    public void exactlyKeptByFilters() {
        PageWalk full = state.requireFullListing();
        Expectation expectation = new FilterJudge(state.session.api().filters()).expect(full.items(), id(full), state.filters);
        judge(expectation, "the filters " + state.filters);
    }

    @Then("the listing holds exactly the full listing's restore jobs/tasks whose {string} is {string} and kept by the filters")
    public void exactlyWhereAndKeptByFilters(String field, String value) {
        String expected = state.expand(value);
        PageWalk full = state.requireFullListing();
        Function<JsonNode, String> id = id(full);
        List<JsonNode> ofValue = full.items().stream()
                .filter(i -> equalsOrOpen(i, field, Set.of(expected)).orElse(false)).toList();
        Expectation byFilters = new FilterJudge(state.session.api().filters()).expect(ofValue, id, state.filters);
        Set<String> open = new java.util.LinkedHashSet<>(byFilters.open());
        full.items().stream().filter(i -> equalsOrOpen(i, field, Set.of(expected)).isEmpty()).map(id).forEach(open::add);
        judge(new Expectation(byFilters.expected(), open), field + " = " + expected + " and the filters " + state.filters);
    }

    @Then("the listing holds exactly the full listing's restore jobs/tasks whose {string} is {string}")
    public void exactlyWhere(String field, String value) {
        String expected = state.expand(value);
        PageWalk full = state.requireFullListing();
        judge(Expectation.over(full.items(), id(full), item -> equalsOrOpen(item, field, Set.of(expected))),
                field + " = " + expected);
    }

    @Then("the listing holds exactly the full listing's restore jobs/tasks whose {string} is one of {string}")
    public void exactlyWhereOneOf(String field, String values) {
        Set<String> allowed = commaSet(values);
        PageWalk full = state.requireFullListing();
        judge(Expectation.over(full.items(), id(full), item -> equalsOrOpen(item, field, allowed)), field + " in " + allowed);
    }

    @Then("the listing holds exactly the full listing's restore jobs/tasks whose {string} is {string} and {string} is one of {string}")
    public void exactlyWhereBoth(String f1, String value, String f2, String values) {
        Set<String> first = Set.of(state.expand(value));
        Set<String> second = commaSet(values);
        PageWalk full = state.requireFullListing();
        judge(Expectation.over(full.items(), id(full), item -> {
            Optional<Boolean> a = equalsOrOpen(item, f1, first);
            Optional<Boolean> b = equalsOrOpen(item, f2, second);
            if (a.isPresent() && !a.get() || b.isPresent() && !b.get()) {
                return Optional.of(false);
            }
            return a.isPresent() && b.isPresent() ? Optional.of(true) : Optional.empty();
        }), f1 + " = " + first + " and " + f2 + " in " + second);
    }

    @Then("the listing holds the restore jobs/tasks whose {string} equals {string}")
    public void holdsThoseAt(String field, String value) {
        String expected = state.expand(value);
        PageWalk walk = requireConsistent(state.requireWalk());
        List<String> wanted = state.requireFullListing().items().stream()
                .filter(i -> i.has(field) && i.get(field).asText().equals(expected))
                .map(i -> new Listing(state.session.api(), lastPage(walk)).id(i)).toList();
        List<String> missing = wanted.stream().filter(w -> !walk.ids().contains(w)).toList();
        if (wanted.isEmpty()) {
            throw new IllegalStateException("the picked value " + expected + " is held by no item of the full listing");
        }
        if (!missing.isEmpty()) {
            throw violation("The limit is inclusive, so the " + wanted.size() + " " + noun() + "s whose " + field + " is "
                    + expected + " must be listed, but " + missing.size() + " are not (" + missing.get(0) + ")", lastPage(walk));
        }
    }

    @Then("every listed restore job/task has {string} equal to {string}")
    public void everyListedHas(String field, String value) {
        Listing listing = state.session.expectSuccess(state.requireAnswer(), "");
        for (JsonNode item : listing.items()) {
            if (!item.has(field) || !item.get(field).asText().equals(value)) {
                throw violation("Every listed " + noun() + " must have " + field + " " + value + ", but "
                        + listing.id(item) + " has " + item.get(field), listing.response());
            }
        }
    }

    @Then("the answer holds no restore jobs/tasks or rejects the value")
    public void emptyOrRejected() {
        if (state.walkRejection != null) {
            state.session.expectError(state.answer, " (the value was rejected)");
            return;
        }
        PageWalk walk = state.requireWalk();
        if (!walk.ids().isEmpty()) {
            throw violation("No " + noun() + " has the value asked for, yet " + walk.ids().size() + " are listed (e.g. "
                    + walk.ids().get(0) + "): the condition is not applied", lastPage(walk));
        }
        requireConsistent(walk);
    }

    @Then("the listing holds every restore job/task of the full listing")
    public void holdsAll() {
        PageWalk full = state.requireFullListing();
        judge(new Expectation(full.ids(), Set.of()), "a condition no " + noun() + " fails");
    }

    @Then("the two listings together hold the full listing, with no restore job/task in both")
    public void partition() {
        PageWalk full = state.requireFullListing();
        PageWalk equal = requireConsistent(state.requireWalk());
        PageWalk notEqual = requireConsistent(state.secondWalk);
        Set<String> both = new HashSet<>(equal.ids());
        both.retainAll(notEqual.ids());
        if (!both.isEmpty()) {
            throw violation(both.size() + " " + noun() + "s are listed both by EQUAL and by NOT_EQUAL on one value, e.g. "
                    + both.iterator().next(), lastPage(notEqual));
        }
        Set<String> union = new HashSet<>(equal.ids());
        union.addAll(notEqual.ids());
        List<String> missing = full.ids().stream().filter(i -> !union.contains(i)).toList();
        if (!missing.isEmpty()) {
            throw violation(missing.size() + " " + noun() + "s of the full listing are listed neither by EQUAL nor by"
                    + " NOT_EQUAL on one value, e.g. " + missing.get(0), lastPage(notEqual));
        }
        // Only a key whose item field the docs name must match the value picked from that field; for the
        // others (InstanceId, Bucket, FileSystemId) the field is a reading of the docs, not the docs.
        String key = state.filters.isEmpty() ? null : state.filters.get(0).key();
        boolean observable = key != null && state.session.api().filters().key(key).observable();
        if (equal.ids().isEmpty() && observable) {
            throw violation("EQUAL on a " + key + " value picked from the full listing lists nothing", lastPage(equal));
        }
    }

    private void sameOrder(PageWalk mine, PageWalk other, String what) {
        requireConsistent(mine);
        requireConsistent(other);
        if (!mine.ids().equals(other.ids())) {
            throw violation("The walk must list the same " + noun() + "s in the same order as " + what + ", but "
                    + (new HashSet<>(mine.ids()).equals(new HashSet<>(other.ids())) ? "the order differs (first at position "
                    + firstDifference(mine.ids(), other.ids()) + ")"
                    : ListingDifference.of(mine.ids(), Set.of(), other.ids()).describe()), lastPage(other));
        }
    }

    private static int firstDifference(List<String> a, List<String> b) {
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        return i + 1;
    }

    private void judge(Expectation expectation, String condition) {
        PageWalk walk = requireConsistent(state.requireWalk());
        ListingDifference diff = expectation.against(walk.ids());
        if (!diff.none()) {
            throw violation("The listing with " + condition + " must equal the full listing filtered client-side ("
                    + expectation.expected().size() + " " + noun() + "s), but it holds " + walk.ids().size() + ": "
                    + diff.describe(), lastPage(walk));
        }
    }

    private PageWalk requireConsistent(PageWalk walk) {
        if (!walk.consistent()) {
            throw violation("Paging broke while listing: " + String.join("; ", walk.problems()), lastPage(walk));
        }
        return walk;
    }

    private Set<String> commaSet(String values) {
        return new java.util.LinkedHashSet<>(Arrays.stream(state.expand(values).split(",")).map(String::trim).toList());
    }

    private static Optional<Boolean> equalsOrOpen(JsonNode item, String field, Set<String> values) {
        JsonNode v = item.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(values.contains(v.asText()));
    }

    private Function<JsonNode, String> id(PageWalk full) {
        Listing any = new Listing(state.session.api(), lastPage(full));
        return any::id;
    }

    private static RpcResponse lastPage(PageWalk walk) {
        return walk.pages().isEmpty() ? null : walk.pages().get(walk.pages().size() - 1).response();
    }

    private String noun() {
        return state.session.api().list().idField().startsWith("RestoreTask") ? "restore task" : "restore job";
    }

    private ClauseViolation violation(String statement, RpcResponse response) {
        return new ClauseViolation(state.session.clause(), statement, response);
    }

    static <T> T skip(String reason) {
        throw new TestAbortedException("Skipped: " + reason);
    }
}
