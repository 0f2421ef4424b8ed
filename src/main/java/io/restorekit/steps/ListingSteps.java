package io.restorekit.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.restorekit.api.ItemNouns.ItemNoun;
import io.restorekit.oracle.Expectation;
import io.restorekit.oracle.FilterJudge;
import io.restorekit.oracle.Listing;
import io.restorekit.oracle.ListingDifference;
import io.restorekit.oracle.PageWalk;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Dataset-agnostic judgements of whole listings: page walks, and filtered listings compared with the full
 * listing filtered client-side (values to filter on are picked by {@link PickSteps}).
 */
public class ListingSteps {
    private final ScenarioState state;

    public ListingSteps(ScenarioState state) {
        this.state = state;
    }

    @Then("the pages together hold every {items} exactly once")
    public void walkComplete(ItemNoun items) {
        PageWalk walk = state.requireWalk();
        requireItems(walk, "a walk over no pages");
        String problems = walk.describe(PageWalk.LISTING);
        if (!problems.isEmpty()) {
            throw state.violation("Walking every page of " + state.walkPageSize + " broke the paging contract: "
                    + problems, ScenarioState.lastPage(walk));
        }
    }

    @Then("a page past the last is empty and reports the same {word}")
    public void pastTheLast(String totalField) {
        PageWalk walk = state.requireWalk();
        requireItems(walk, "a page past the last of no pages");
        String problems = walk.describe(java.util.EnumSet.of(PageWalk.Kind.PAST_THE_LAST_NOT_EMPTY, PageWalk.Kind.TOTAL_MOVED));
        if (!problems.isEmpty()) {
            throw state.violation(problems, ScenarioState.lastPage(walk));
        }
    }

    @Then("the walk lists the same {items} in the same order as a walk with {word} {int}")
    public void sameAsWalkWithSize(ItemNoun items, String sizeParam, int otherSize) {
        state.requireSizeParam(sizeParam);
        PageWalk mine = state.requireWalk();
        PageWalk other = state.session.walk(state.walkRequest, otherSize);
        sameOrder(mine, other, "a walk with page size " + otherSize);
    }

    @Then("the walk lists the same {items} in the same order as a walk with {word} {string}")
    public void sameAsWalkWith(ItemNoun items, String name, String value) {
        PageWalk mine = state.requireWalk();
        PageWalk other = state.session.walk(state.walkRequest.with(name, value), state.walkPageSize);
        sameOrder(mine, other, "a walk with " + name + " " + value);
    }

    @Then("the walk shares no {items} with a walk with {word} {string}")
    public void disjointFrom(ItemNoun items, String name, String value) {
        PageWalk mine = state.requireConsistent(state.requireWalk());
        PageWalk other = state.requireConsistent(state.session.walk(state.session.request().with(name, value), state.walkPageSize));
        if (mine.ids().isEmpty() && other.ids().isEmpty()) {
            ScenarioState.skip("the target lists no " + state.noun() + " in either listing");
        }
        Set<String> shared = new HashSet<>(mine.ids());
        shared.retainAll(other.ids());
        if (!shared.isEmpty()) {
            throw state.violation(shared.size() + " " + state.noun() + "s appear in both listings, e.g. " + shared.iterator().next()
                    + ": the parameter does not restrict the listing", ScenarioState.lastPage(other));
        }
    }

    @Then("the listing holds exactly the full listing's {items} kept by the filters")
    public void exactlyKeptByFilters(ItemNoun items) {
        PageWalk full = state.requireFullListing();
        Expectation expectation = new FilterJudge(state.session.api().filters()).expect(full.items(), id(full), state.filters);
        judge(expectation, "the filters " + state.filters);
    }

    @Then("the listing holds exactly the full listing's {items} whose {string} is {string} and kept by the filters")
    public void exactlyWhereAndKeptByFilters(ItemNoun items, String field, String value) {
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

    @Then("the listing holds exactly the full listing's {items} whose {string} is {string}")
    public void exactlyWhere(ItemNoun items, String field, String value) {
        String expected = state.expand(value);
        PageWalk full = state.requireFullListing();
        judge(Expectation.over(full.items(), id(full), item -> equalsOrOpen(item, field, Set.of(expected))),
                field + " = " + expected);
    }

    @Then("the listing holds exactly the full listing's {items} whose {string} is one of {string}")
    public void exactlyWhereOneOf(ItemNoun items, String field, String values) {
        Set<String> allowed = commaSet(values);
        PageWalk full = state.requireFullListing();
        judge(Expectation.over(full.items(), id(full), item -> equalsOrOpen(item, field, allowed)), field + " in " + allowed);
    }

    @Then("the listing holds exactly the full listing's {items} whose {string} is {string} and {string} is one of {string}")
    public void exactlyWhereBoth(ItemNoun items, String f1, String value, String f2, String values) {
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

    @Then("the listing holds the {items} whose {string} equals {string}")
    public void holdsThoseAt(ItemNoun items, String field, String value) {
        String expected = state.expand(value);
        PageWalk walk = state.requireConsistent(state.requireWalk());
        List<String> wanted = state.requireFullListing().items().stream()
                .filter(i -> i.has(field) && i.get(field).asText().equals(expected))
                .map(i -> new Listing(state.session.api(), ScenarioState.lastPage(walk)).id(i)).toList();
        List<String> missing = wanted.stream().filter(w -> !walk.ids().contains(w)).toList();
        if (wanted.isEmpty()) {
            throw new IllegalStateException("the picked value " + expected + " is held by no item of the full listing");
        }
        if (!missing.isEmpty()) {
            throw state.violation("The limit is inclusive, so the " + wanted.size() + " " + state.noun() + "s whose " + field + " is "
                    + expected + " must be listed, but " + missing.size() + " are not (" + missing.get(0) + ")", ScenarioState.lastPage(walk));
        }
    }

    @Then("every listed {items} has {string} equal to {string}")
    public void everyListedHas(ItemNoun items, String field, String value) {
        Listing listing = state.session.expectSuccess(state.requireAnswer(), "");
        for (JsonNode item : listing.items()) {
            if (!item.has(field) || !item.get(field).asText().equals(value)) {
                throw state.violation("Every listed " + state.noun() + " must have " + field + " " + value + ", but "
                        + listing.id(item) + " has " + item.get(field), listing.response());
            }
        }
    }

    @Then("the answer holds no {items} or rejects the value")
    public void emptyOrRejected(ItemNoun items) {
        if (state.walkRejection != null) {
            state.session.expectError(state.answer, " (the value was rejected)");
            return;
        }
        PageWalk walk = state.requireWalk();
        if (walk.ids().isEmpty()) {
            requireItems(state.session.fullListing(state.session.request()), "an empty answer to a value no " + state.noun() + " has");
        }
        if (!walk.ids().isEmpty()) {
            throw state.violation("No " + state.noun() + " has the value asked for, yet " + walk.ids().size() + " are listed (e.g. "
                    + walk.ids().get(0) + "): the condition is not applied", ScenarioState.lastPage(walk));
        }
        state.requireConsistent(walk);
    }

    @Then("the listing holds every {items} of the full listing")
    public void holdsAll(ItemNoun items) {
        PageWalk full = state.requireFullListing();
        requireItems(full, "keeping every " + state.noun() + " of an empty listing");
        judge(new Expectation(full.ids(), Set.of()), "a condition no " + state.noun() + " fails");
    }

    @Then("the two listings together hold the full listing, with no {items} in both")
    public void partition(ItemNoun items) {
        PageWalk full = state.requireFullListing();
        requireItems(full, "splitting an empty listing");
        PageWalk equal = state.requireConsistent(state.requireWalk());
        PageWalk notEqual = state.requireConsistent(state.secondWalk);
        Set<String> both = new HashSet<>(equal.ids());
        both.retainAll(notEqual.ids());
        if (!both.isEmpty()) {
            throw state.violation(both.size() + " " + state.noun() + "s are listed both by EQUAL and by NOT_EQUAL on one value, e.g. "
                    + both.iterator().next(), ScenarioState.lastPage(notEqual));
        }
        Set<String> union = new HashSet<>(equal.ids());
        union.addAll(notEqual.ids());
        List<String> missing = full.ids().stream().filter(i -> !union.contains(i)).toList();
        if (!missing.isEmpty()) {
            throw state.violation(missing.size() + " " + state.noun() + "s of the full listing are listed neither by EQUAL nor by"
                    + " NOT_EQUAL on one value, e.g. " + missing.get(0), ScenarioState.lastPage(notEqual));
        }
        // Only a key whose item field the docs name must match the value picked from that field; for the
        // others (InstanceId, Bucket, FileSystemId) the field is a reading of the docs, not the docs.
        String key = state.filters.isEmpty() ? null : state.filters.get(0).key();
        boolean observable = key != null && state.session.api().filters().key(key).observable();
        if (equal.ids().isEmpty() && observable) {
            throw state.violation("EQUAL on a " + key + " value picked from the full listing lists nothing", ScenarioState.lastPage(equal));
        }
    }

    private void sameOrder(PageWalk mine, PageWalk other, String what) {
        state.requireConsistent(mine);
        state.requireConsistent(other);
        if (mine.ids().isEmpty() && other.ids().isEmpty()) {
            ScenarioState.skip("both walks list no " + state.noun() + ", so comparing them checks nothing");
        }
        if (!mine.ids().equals(other.ids())) {
            throw state.violation("The walk must list the same " + state.noun() + "s in the same order as " + what + ", but "
                    + (new HashSet<>(mine.ids()).equals(new HashSet<>(other.ids())) ? "the order differs (first at position "
                    + firstDifference(mine.ids(), other.ids()) + ")"
                    : ListingDifference.of(mine.ids(), Set.of(), other.ids()).describe()), ScenarioState.lastPage(other));
        }
    }

    private static int firstDifference(List<String> a, List<String> b) {
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        return i + 1;
    }

    /** Skips the scenario when {@code walk} lists nothing: {@code what} would then check nothing. */
    private void requireItems(PageWalk walk, String what) {
        if (walk.ids().isEmpty()) {
            ScenarioState.skip("the target lists no " + state.noun() + ", and " + what + " checks nothing");
        }
    }

    private void judge(Expectation expectation, String condition) {
        PageWalk walk = state.requireConsistent(state.requireWalk());
        if (walk.ids().isEmpty() && expectation.expected().isEmpty() && expectation.open().isEmpty()) {
            ScenarioState.skip("neither the listing with " + condition + " nor the full listing filtered client-side holds a "
                    + state.noun() + ", so comparing them checks nothing");
        }
        ListingDifference diff = expectation.against(walk.ids());
        if (!diff.none()) {
            throw state.violation("The listing with " + condition + " must equal the full listing filtered client-side ("
                    + expectation.expected().size() + " " + state.noun() + "s), but it holds " + walk.ids().size() + ": "
                    + diff.describe(), ScenarioState.lastPage(walk));
        }
    }


    private Set<String> commaSet(String values) {
        return new java.util.LinkedHashSet<>(Arrays.stream(state.expand(values).split(",")).map(String::trim).toList());
    }

    private static Optional<Boolean> equalsOrOpen(JsonNode item, String field, Set<String> values) {
        JsonNode v = item.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(values.contains(v.asText()));
    }

    private Function<JsonNode, String> id(PageWalk full) {
        Listing any = new Listing(state.session.api(), ScenarioState.lastPage(full));
        return any::id;
    }




}
