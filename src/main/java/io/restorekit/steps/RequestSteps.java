package io.restorekit.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.When;
import io.restorekit.api.ItemNouns.ItemNoun;
import io.restorekit.oracle.FilterCondition;
import io.restorekit.oracle.FilterOperator;
import io.restorekit.session.ClauseViolation;
import io.restorekit.wire.RpcRequest;
import io.restorekit.wire.RpcResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
    public void listWithFilters(ItemNoun items, DataTable table) {
        state.answer = state.session.send(withFilters(state.session.request(), table));
    }

    @When("I list all {items} with filters:")
    public void listAllWithFilters(ItemNoun items, DataTable table) {
        walkAll(withFilters(state.session.request(), table));
    }

    @When("I list all {items} with {word} {string} and filters:")
    public void listAllWithAndFilters(ItemNoun items, String name, String value, DataTable table) {
        walkAll(withFilters(state.session.request().with(name, state.expand(value)), table));
    }

    @When("I also list all {items} with filters:")
    public void alsoListAllWithFilters(ItemNoun items, DataTable table) {
        state.filters.clear();
        RpcRequest request = withFilters(state.session.request(), table);
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



    /** Table columns Key | Operator | Values; an empty Operator is not sent; Values are comma-separated. */
    private RpcRequest withFilters(RpcRequest request, DataTable table) {
        state.filters.clear();
        List<Object> wire = new java.util.ArrayList<>();
        for (Map<String, String> row : table.asMaps()) {
            String operator = row.get("Operator") == null || row.get("Operator").isBlank() ? null : row.get("Operator").trim();
            List<String> values = Arrays.stream(state.expand(row.get("Values")).split(",")).map(String::trim).toList();
            FilterCondition condition = new FilterCondition(row.get("Key"), operator == null ? null : operatorOrRaw(operator), values);
            state.filters.add(condition);
            Map<String, Object> entry = condition.wireForm();
            if (operator != null) {
                entry.put("Operator", operator); // undocumented operators go out as written
            }
            wire.add(entry);
        }
        return request.with(state.session.api().filters().param(), wire);
    }

    private static FilterOperator operatorOrRaw(String operator) {
        try {
            return FilterOperator.parse(operator);
        } catch (IllegalArgumentException undocumented) {
            return null; // sent as written; only negative scenarios use one
        }
    }
}
