package io.restorekit.runner;

import io.restorekit.report.ScenarioOutcome;
import java.util.List;

/**
 * How a run ended: every scenario's outcome, and — when it checked nothing (no scenario matched the tags) — why.
 * A run fails when a scenario failed, when it stopped before its scenarios (a FAILED run-level outcome) or when it
 * checked nothing.
 */
public record RunResult(List<ScenarioOutcome> outcomes, String stoppedBecause) {
    public boolean failed() {
        return ScenarioOutcome.runFails(outcomes, stoppedBecause);
    }

    public boolean noScenarioMatched() {
        return outcomes.isEmpty() && stoppedBecause != null;
    }
}
