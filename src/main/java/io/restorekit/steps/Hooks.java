package io.restorekit.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.restorekit.api.ApiDescriptor;
import io.restorekit.report.CurlReplay;
import io.restorekit.runner.KitRuntime;
import io.restorekit.session.ApiSession;
import io.restorekit.clause.Grade;
import io.restorekit.session.ExchangeJournal;
import io.restorekit.wire.HttpExchange;
import java.util.List;
import java.util.stream.Collectors;

/** Binds each scenario to its API (by its tag, the descriptor's id) and attaches every exchange to its report. */
public class Hooks {
    private final ScenarioState state;
    private final KitRuntime runtime;

    public Hooks(ScenarioState state, KitRuntime runtime) {
        this.state = state;
        this.runtime = runtime;
    }

    @Before(order = 0)
    public void bindApi(Scenario scenario) {
        runtime.scenarioStarted();
        List<String> tags = scenario.getSourceTagNames().stream().map(t -> t.substring(1)).toList();
        ApiDescriptor api = runtime.apis().all().stream()
                .filter(a -> tags.contains(a.id()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("scenario '" + scenario.getName()
                        + "' names no API tag; known: " + runtime.apis().all().stream().map(ApiDescriptor::id).toList()));
        String clause = io.restorekit.clause.ClauseTag.of(api.label(), tags);
        state.session = new ApiSession(runtime, api, clause, Grade.ofTags(tags));
        ExchangeJournal.begin();
    }

    /** After the scenario's steps (hooks run in descending order: this one before the exchanges are attached). */
    @After(order = 20000)
    public void raiseNotedWarnings(Scenario scenario) {
        if (!scenario.isFailed() && state.session != null && scenario.getStatus() == io.cucumber.java.Status.PASSED) {
            state.session.finish();
        }
    }

    @After
    public void attachExchanges(Scenario scenario) {
        List<HttpExchange> exchanges = ExchangeJournal.end();
        runtime.recordRequests(scenario.getId(), exchanges);
        if (state.session != null) {
            runtime.recordParity(io.restorekit.report.ReportPlugin.relative(scenario.getUri().getPath())
                    + ":" + scenario.getLine(), state.session.parityDifferences());
        }
        if (exchanges.isEmpty()) {
            return;
        }
        if (scenario.getStatus() != io.cucumber.java.Status.PASSED) {
            // A failure or a warning shows its requests as curl commands to replay (the exchanges are redacted already).
            runtime.recordReplays(scenario.getId(), exchanges.stream()
                    .map(e -> CurlReplay.of(e, state.session == null ? null : state.session.api().id())).toList());
        }
        String text = exchanges.stream().map(Hooks::render).collect(Collectors.joining("\n\n"));
        scenario.attach(text, "text/plain", "HTTP exchanges (" + exchanges.size() + ")");
    }

    static String render(HttpExchange e) {
        StringBuilder out = new StringBuilder();
        if (e.attempt() > 1) {
            out.append("# ").append(e.attemptNote()).append('\n');
        }
        out.append("> ").append(e.requestLine()).append('\n');
        e.requestHeaders().forEach((k, v) -> out.append("> ").append(k).append(": ").append(String.join(", ", v)).append('\n'));
        if (!e.answered()) {
            return out.append("< no answer: ").append(e.transportError()).append(" (after ")
                    .append(e.elapsed().toMillis()).append(" ms)").toString();
        }
        out.append("< HTTP ").append(e.status()).append(" (").append(e.elapsed().toMillis()).append(" ms)\n");
        e.responseHeaders().forEach((k, v) -> out.append("< ").append(k).append(": ").append(String.join(", ", v)).append('\n'));
        String body = e.responseBody() == null ? "" : e.responseBody();
        return out.append(body.length() > 4000 ? body.substring(0, 4000) + "\n… (" + body.length() + " characters)" : body).toString();
    }
}
