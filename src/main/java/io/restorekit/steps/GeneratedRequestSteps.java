package io.restorekit.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restorekit.oracle.RequestCase;
import io.restorekit.oracle.RequestCaseGenerator;
import io.restorekit.runner.KitRuntime;
import io.restorekit.schema.SchemaKind;
import io.restorekit.wire.RpcRequest;
import io.restorekit.wire.RpcResponse;
import io.restorekit.wire.TargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Requests derived from the request schema: every case answered, and answered the way the schema implies. */
public class GeneratedRequestSteps {
    private final ScenarioState state;
    private final List<String> problems = new ArrayList<>();
    private int sent;

    public GeneratedRequestSteps(ScenarioState state) {
        this.state = state;
    }

    @When("I send every request case derived from the request schema")
    public void sendEveryCase() {
        String api = state.session.api().id();
        List<RequestCase> cases = new RequestCaseGenerator(KitRuntime.current().schemas().schemaJson(api, SchemaKind.REQUEST)).cases();
        for (RequestCase c : cases) {
            RpcRequest request = state.session.request();
            for (Map.Entry<String, Object> p : c.parameters().entrySet()) {
                request = request.with(p.getKey(), p.getValue());
            }
            sent++;
            try {
                // send() already fails a 5xx, a non-JSON body and any answer outside the success or error schema
                RpcResponse response = state.session.send(request);
                judge(c, response);
            } catch (AssertionError | TargetException e) {
                problems.add(c.description() + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
    }

    @Then("each case got a valid answer if the schema allows it, and an error answer if it does not")
    public void everyCaseAnsweredAsTheSchemaImplies() {
        if (sent == 0) {
            throw new IllegalStateException("the request schema of " + state.session.api().id() + " yields no case");
        }
        if (!problems.isEmpty()) {
            throw state.session.broken(problems.size() + " of " + sent
                    + " request cases derived from the request schema were answered wrongly:\n  " + String.join("\n  ", problems), null);
        }
    }

    private void judge(RequestCase c, RpcResponse response) {
        switch (c.expect()) {
            case ACCEPT -> state.session.expectSuccess(response, " (the schema allows the value)");
            case REJECT -> state.session.expectError(response, " (the schema forbids the value)");
            case EITHER -> {
                if (response.isError()) {
                    state.session.expectError(response, "");
                }
            }
        }
    }
}
