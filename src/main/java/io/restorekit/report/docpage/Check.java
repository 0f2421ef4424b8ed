package io.restorekit.report.docpage;

import io.restorekit.report.ScenarioOutcome;

/** One scenario of the kit as the page shows it: where it is, what it rests on, and this run's outcome of it. */
public record Check(ScenarioOutcome scenario, Outcome outcome) {

    /** The in-page anchor of the scenario, from its location. */
    public String anchor() {
        return "check-" + scenario.location().replaceAll("[^A-Za-z0-9]+", "-");
    }
}
