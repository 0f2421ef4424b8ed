package io.restorekit.runner;

import io.restorekit.report.ScenarioOutcome;
import java.util.List;

/**
 * How a run ended: every scenario's outcome, and — when it checked nothing (no scenario matched the tags) — why.
 * A run fails when a scenario failed, when it stopped before its scenarios (a FAILED run-level outcome) or when it
 * checked nothing.
 */
public record RunResult(List<ScenarioOutcome> outcomes, String stoppedBecause, io.restorekit.report.KnownDeviations known) {
    public RunResult(List<ScenarioOutcome> outcomes, String stoppedBecause) {
        this(outcomes, stoppedBecause, io.restorekit.report.KnownDeviations.NONE);
    }

    /** Fails as {@link ScenarioOutcome#runFails(List, String, io.restorekit.report.KnownDeviations)} says. */
    public boolean failed() {
        return ScenarioOutcome.runFails(outcomes, stoppedBecause, known);
    }

    public boolean noScenarioMatched() {
        return outcomes.isEmpty() && stoppedBecause != null;
    }
}
