package io.restorekit.report.docpage;

import io.restorekit.report.ConsoleSummary;
import io.restorekit.report.KitVersion;
import io.restorekit.report.ResultsFile;
import io.restorekit.report.ScenarioOutcome;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the top of every page says of the run: target, contract edition, kit version, times, counts per API. */
record RunFacts(ResultsFile.Run run, String kitVersion, List<ScenarioOutcome> outcomes) {

    static RunFacts of(ResultsFile.Run run, List<ScenarioOutcome> outcomes) {
        return new RunFacts(run, KitVersion.get(), List.copyOf(outcomes));
    }

    /** The contract edition the run held its target to, with what it is: "seed — the seed pages (docs/seeds/)". */
    String contract() {
        return io.restorekit.config.Contract.describe(run.contract());
    }

    /** This run's scenarios of one API ({@code HBR}) per outcome, as conformance-results.json counts them. */
    Map<ScenarioOutcome.Verdict, Integer> counts(String api) {
        Map<ScenarioOutcome.Verdict, Integer> counts = new EnumMap<>(ScenarioOutcome.Verdict.class);
        for (ScenarioOutcome.Verdict v : ScenarioOutcome.Verdict.values()) {
            counts.put(v, (int) outcomes.stream().filter(o -> o.api().equals(api) && o.verdict() == v).count());
        }
        return counts;
    }
}
