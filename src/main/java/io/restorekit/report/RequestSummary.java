package io.restorekit.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The requests a run sent, per API and per kind of scenario (its feature file, {@code hbr/paging}), and how many of
 * them repeated an earlier request of the run. Against the live service a run's cost is its request count.
 */
public record RequestSummary(int sent, int repeated, Map<String, Integer> byApi, Map<String, Integer> byKind) {

    public static RequestSummary of(List<ScenarioOutcome> outcomes) {
        Map<String, Integer> byApi = new TreeMap<>();
        Map<String, Integer> byKind = new TreeMap<>();
        int sent = 0;
        int repeated = 0;
        for (ScenarioOutcome o : outcomes) {
            sent += o.requests();
            repeated += o.repeated();
            if (o.requests() > 0) {
                byApi.merge(o.api(), o.requests(), Integer::sum);
                byKind.merge(kind(o.location()), o.requests(), Integer::sum);
            }
        }
        return new RequestSummary(sent, repeated, byApi, byKind);
    }

    /** {@code features/hbr/paging.feature:12} → {@code hbr/paging}. */
    static String kind(String location) {
        String path = location.replaceFirst(":\\d+$", "").replaceFirst("^features/", "");
        return path.endsWith(".feature") ? path.substring(0, path.length() - ".feature".length()) : path;
    }

    /** One line for the console: {@code 1234 sent (DBS 300, HBR 934); 56 repeat an earlier request of the run}. */
    public String describe() {
        String perApi = byApi.isEmpty() ? "" : byApi.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", ", " (", ")"));
        return sent + " sent" + perApi + "; " + repeated + " repeat an earlier request of the run";
    }
}
