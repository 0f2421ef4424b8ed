package io.restorekit.report;

import java.util.List;

/** One finished scenario as the reports need it: where it is, what it checks, how it ended and why. */
public record ScenarioOutcome(String api, String clause, String name, String location, Verdict verdict, String message,
                              List<String> tags) {

    public enum Verdict { PASSED, FAILED, SKIPPED }
}
