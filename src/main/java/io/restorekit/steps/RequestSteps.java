package io.restorekit.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.When;
import io.restorekit.api.ItemNouns.ItemNoun;
import io.restorekit.oracle.FilterEntry;
import io.restorekit.clause.ClauseViolation;
import io.restorekit.wire.RpcRequest;
import io.restorekit.wire.RpcResponse;
import java.util.List;

/** Sending requests: one call, every page of a listing, variants of the action and version. */
public class RequestSteps {
    private final ScenarioState state;

    public RequestSteps(ScenarioState state) {
        this.state = state;
    }

    @When("I list {items}")
    public void listDefault(ItemNoun items) {
        state.answer = state.session.send(state.session.request());
    }

    @When("I list {items} with {word} {string}")
    public void listWith(ItemNoun items, String name, String value) {
        state.answer = state.session.send(state.session.request().with(name, state.expand(value)));
    }

    @When("I list {items} with:")
    public void listWithTable(ItemNoun items, DataTable table) {
        state.answer = state.session.send(state.withRows(state.session.request(), table));
    }

    @When("I list {items} with {word} {string} twice")
    public void listTwice(ItemNoun items, String name, String value) {
        RpcRequest request = state.session.request().with(name, state.expand(value));
        state.answer = state.session.send(request);
        state.secondAnswer = state.session.send(request);
    }

    @When("I list {items} with filters:")
    public void listWithFilters(ItemNoun items, List<FilterEntry> filters) {
        state.answer = state.session.send(withFilters(state.session.request(), filters));
    }

    @When("I list all {items} with filters:")
    public void listAllWithFilters(ItemNoun items, List<FilterEntry> filters) {
        walkAll(withFilters(state.session.request(), filters));
    }

    @When("I list all {items} with {word} {string} and filters:")
    public void listAllWithAndFilters(ItemNoun items, String name, String value, List<FilterEntry> filters) {
        walkAll(withFilters(state.session.request().with(name, state.expand(value)), filters));
    }

    @When("I also list all {items} with filters:")
    public void alsoListAllWithFilters(ItemNoun items, List<FilterEntry> filters) {
        state.filters.clear();
        RpcRequest request = withFilters(state.session.request(), filters);
        state.secondWalk = state.session.walk(request, state.session.api().paging().walkSize());
    }

    @When("I list all {items} with {word} {string}")
    public void listAllWith(ItemNoun items, String name, String value) {
        walkAll(state.session.request().with(name, state.expand(value)));
    }

    @When("I list all {items} with:")
    public void listAllWithTable(ItemNoun items, DataTable table) {
        walkAll(state.withRows(state.session.request(), table));
    }

    @When("I walk every page of {items} with {word} {int}")
    public void walkWithPageSize(ItemNoun items, String sizeParam, int pageSize) {
        state.requireSizeParam(sizeParam);
        state.walkRequest = state.session.request();
        state.walkPageSize = pageSize;
        state.walk = state.session.walk(state.walkRequest, pageSize);
    }

    @When("I walk every page of {items} with {word} {string}")
    public void walkWithParameter(ItemNoun items, String name, String value) {
        walkAll(state.session.request().with(name, state.expand(value)));
    }

    @When("I call the action {string} instead")
    public void callOtherAction(String action) {
        state.answer = state.session.send(state.session.request().withAction(action));
    }

    @When("I call the action under version {string} instead")
    public void callOtherVersion(String version) {
        state.answer = state.session.send(state.session.request().withVersion(version));
    }

    private void walkAll(RpcRequest request) {
        state.walkRequest = request;
        state.walkPageSize = state.session.api().paging().walkSize();
        state.walk = null;
        state.walkRejection = null;
        try {
            state.walk = state.session.walk(request, state.walkPageSize);
        } catch (ClauseViolation rejected) {
            RpcResponse last = state.session.last();
            if (last == null || !last.isError()) {
                throw rejected;
            }
            // Kept, not thrown: a step that allows rejection judges it; any other rethrows it.
            state.walkRejection = rejected;
            state.answer = last;
        }
    }



    /** The request with the filters parameter set from the table's entries, which the scenario keeps to judge by. */
    private RpcRequest withFilters(RpcRequest request, List<FilterEntry> entries) {
        state.filters.clear();
        entries.forEach(e -> state.filters.add(e.condition()));
        return request.with(state.session.api().filters().param(), entries.stream().<Object>map(FilterEntry::wireForm).toList());
    }
}
