package io.restorekit.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The run seen per API and per documented clause: each clause's verdict (fail beats warn beats skip beats pass),
 * the doc sentences it checks and the scenarios behind it.
 */
public record ConformanceMatrix(Map<String, List<ClauseRow>> rowsByApi) {

    /** One documented clause (a clause tag such as HBR.PageSize) and what its scenarios found. */
    public record ClauseRow(String clause, ScenarioOutcome.Verdict verdict, int passed, int failed, int warned, int skipped,
                            Set<String> docs, List<ScenarioOutcome> scenarios) {
        /** The bases and levels of its scenarios, e.g. "documented MUST" or "documented MUST, inferred SHOULD". */
        public String grades() {
            return scenarios.stream().map(ScenarioOutcome::grade).map(g -> g.basisName() + " " + g.level())
                    .distinct().sorted().collect(java.util.stream.Collectors.joining(", "));
        }
    }

    public static ConformanceMatrix of(List<ScenarioOutcome> outcomes) {
        Map<String, Map<String, List<ScenarioOutcome>>> grouped = new TreeMap<>();
        for (ScenarioOutcome o : outcomes) {
            grouped.computeIfAbsent(o.api(), k -> new TreeMap<>()).computeIfAbsent(o.clause(), k -> new ArrayList<>()).add(o);
        }
        Map<String, List<ClauseRow>> rows = new TreeMap<>();
        grouped.forEach((api, byClause) -> byClause.forEach((clause, scenarios) -> {
            scenarios.sort(java.util.Comparator.comparing(ScenarioOutcome::location));
            int passed = count(scenarios, ScenarioOutcome.Verdict.PASSED);
            int failed = count(scenarios, ScenarioOutcome.Verdict.FAILED);
            int warned = count(scenarios, ScenarioOutcome.Verdict.WARNED);
            int skipped = count(scenarios, ScenarioOutcome.Verdict.SKIPPED);
            ScenarioOutcome.Verdict verdict = failed > 0 ? ScenarioOutcome.Verdict.FAILED
                    : warned > 0 ? ScenarioOutcome.Verdict.WARNED
                    : passed == 0 ? ScenarioOutcome.Verdict.SKIPPED : ScenarioOutcome.Verdict.PASSED;
            Set<String> docs = new LinkedHashSet<>();
            scenarios.stream().map(ScenarioOutcome::doc).filter(d -> !d.isBlank()).forEach(docs::add);
            rows.computeIfAbsent(api, k -> new ArrayList<>())
                    .add(new ClauseRow(clause, verdict, passed, failed, warned, skipped, docs, List.copyOf(scenarios)));
        }));
        return new ConformanceMatrix(rows);
    }

    private static int count(List<ScenarioOutcome> scenarios, ScenarioOutcome.Verdict verdict) {
        return (int) scenarios.stream().filter(s -> s.verdict() == verdict).count();
    }
}
