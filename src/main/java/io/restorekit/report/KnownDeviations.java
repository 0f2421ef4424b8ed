package io.restorekit.report;

import java.util.List;

/**
 * Outcomes a run is told to expect (a baseline, conformance.baseline): a failure it expects does not fail the run.
 * The verdict itself stays in one place, {@link ScenarioOutcome#runFails(List, String, KnownDeviations)}.
 */
public interface KnownDeviations {
    /** Whether {@code outcome}, a failure, is one the baseline expects (so it does not fail the run). */
    boolean excuses(ScenarioOutcome outcome);

    /** Console and matrix lines saying how the run compares with the baseline (empty without one). */
    List<String> summary(List<ScenarioOutcome> outcomes);

    KnownDeviations NONE = new KnownDeviations() {
        @Override
        public boolean excuses(ScenarioOutcome outcome) {
            return false;
        }

        @Override
        public List<String> summary(List<ScenarioOutcome> outcomes) {
            return List.of();
        }
    };
}
