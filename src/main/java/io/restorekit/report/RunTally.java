package io.restorekit.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The outcomes of one run, safe to fill from parallel scenarios, and their counts per API. */
public final class RunTally {
    private final List<ScenarioOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());

    public void add(ScenarioOutcome outcome) {
        outcomes.add(outcome);
    }

    public List<ScenarioOutcome> outcomes() {
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    /** Per API, the number of scenarios with each verdict (every verdict present, zero included). */
    public Map<String, Map<ScenarioOutcome.Verdict, Integer>> countsByApi() {
        Map<String, Map<ScenarioOutcome.Verdict, Integer>> counts = new TreeMap<>();
        for (ScenarioOutcome o : outcomes()) {
            counts.computeIfAbsent(o.api(), k -> {
                Map<ScenarioOutcome.Verdict, Integer> zero = new java.util.EnumMap<>(ScenarioOutcome.Verdict.class);
                for (ScenarioOutcome.Verdict v : ScenarioOutcome.Verdict.values()) {
                    zero.put(v, 0);
                }
                return zero;
            }).merge(o.verdict(), 1, Integer::sum);
        }
        return counts;
    }

    public long failed() {
        return outcomes().stream().filter(o -> o.verdict() == ScenarioOutcome.Verdict.FAILED).count();
    }
}
