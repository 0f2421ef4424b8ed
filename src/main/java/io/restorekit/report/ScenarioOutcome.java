package io.restorekit.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One finished scenario as the reports need it: where it is, what it checks, how it ended and why. */
public record ScenarioOutcome(String api, String clause, String name, String location, Verdict verdict, String message,
                              List<String> tags, String doc) {

    public enum Verdict { PASSED, FAILED, SKIPPED }

    /** Builds an outcome from a scenario's tags (without '@'): its API tag and its clause tag ("HBR.PageSize"). */
    public static ScenarioOutcome of(Set<String> apiIds, List<String> tags, String name, String location, Verdict verdict,
                                     String message, String doc) {
        String api = tags.stream().filter(apiIds::contains).findFirst().orElse("?").toUpperCase(Locale.ROOT);
        String clause = tags.stream().filter(t -> t.toUpperCase(Locale.ROOT).startsWith(api + ".")).findFirst().orElse(api);
        return new ScenarioOutcome(api, clause, name, location, verdict, message == null ? "" : message,
                List.copyOf(tags), doc == null ? "" : doc);
    }
}
