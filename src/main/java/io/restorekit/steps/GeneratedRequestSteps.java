package io.restorekit.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restorekit.oracle.RequestCase;
import io.restorekit.oracle.RequestCaseGenerator;
import io.restorekit.runner.KitRuntime;
import io.restorekit.schema.SchemaKind;
import io.restorekit.clause.ClauseWarning;
import io.restorekit.clause.Grade;
import io.restorekit.wire.RpcRequest;
import io.restorekit.wire.RpcResponse;
import io.restorekit.wire.TargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Requests derived from the request schema: every case answered, and answered the way the schema implies. */
public class GeneratedRequestSteps {
    private final ScenarioState state;
    /** Cases that broke a MUST: an answer that is not the documented JSON, a documented value refused. */
    private final List<String> failures = new ArrayList<>();
    /** Cases that broke a SHOULD: a value outside the documented ones not refused, a 5xx. */
    private final List<String> warnings = new ArrayList<>();
    private int sent;
    private final KitRuntime runtime;

    public GeneratedRequestSteps(ScenarioState state, KitRuntime runtime) {
        this.state = state;
        this.runtime = runtime;
    }

    @When("I send every request case derived from the request schema")
    public void sendEveryCase() {
        String api = state.session.api().id();
        List<RequestCase> cases = new RequestCaseGenerator(runtime.schemas().schemaJson(api, SchemaKind.REQUEST)).cases();
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
                failures.add(c.description() + ": " + e.getMessage().lines().findFirst().orElse(""));
            } catch (ClauseWarning e) {
                warnings.add(c.description() + ": " + e.finding().lines().findFirst().orElse(""));
            }
        }
    }

    @Then("each case got a valid answer if the schema allows it, and an error answer if it does not")
    public void everyCaseAnsweredAsTheSchemaImplies() {
        if (sent == 0) {
            throw new IllegalStateException("the request schema of " + state.session.api().id() + " yields no case");
        }
        if (!failures.isEmpty()) {
            List<String> all = new ArrayList<>(failures);
            all.addAll(warnings);
            throw state.session.as(Grade.DOCUMENTED).broken(all.size() + " of " + sent
                    + " request cases derived from the request schema were answered wrongly:\n  " + String.join("\n  ", all), null);
        }
        if (!warnings.isEmpty()) {
            throw state.session.broken(warnings.size() + " of " + sent
                    + " request cases derived from the request schema were answered wrongly:\n  " + String.join("\n  ", warnings), null);
        }
    }

    private void judge(RequestCase c, RpcResponse response) {
        switch (c.expect()) {
            // A value the page lists as valid must be accepted (documented); refusing others is a reading (the scenario's).
            case ACCEPT -> state.session.as(Grade.DOCUMENTED).expectSuccess(response, " (the schema allows the value)");
            case REJECT -> state.session.expectError(response, " (the schema forbids the value)");
            case EITHER -> {
                if (response.isError()) {
                    state.session.expectError(response, "");
                }
            }
        }
    }
}
