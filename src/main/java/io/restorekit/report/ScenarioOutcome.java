package io.restorekit.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One finished scenario as the reports need it: where it is, what it checks, how it ended and why.
 *
 * @param requests the HTTP requests it sent (retries included)
 * @param repeated of those, how many asked again what an earlier request of the run had asked ({@link RequestCount})
 * @param replay for a failed or warned scenario, the requests it quotes as {@code curl} commands ({@link CurlReplay})
 * @param parity where its answers differed from the recording ({@code conformance.parity})
 */
public record ScenarioOutcome(String api, String clause, String name, String location, Verdict verdict, String message,
                              List<String> tags, String doc, int requests, int repeated, List<String> replay,
                              List<ParityDifference> parity) {

    public ScenarioOutcome {
        replay = replay == null ? List.of() : List.copyOf(replay);
        parity = parity == null ? List.of() : List.copyOf(parity);
    }

    /** An outcome whose request count is unknown (0). */
    public ScenarioOutcome(String api, String clause, String name, String location, Verdict verdict, String message,
                           List<String> tags, String doc) {
        this(api, clause, name, location, verdict, message, tags, doc, 0);
    }

    /** An outcome without replay commands or parity differences. */
    public ScenarioOutcome(String api, String clause, String name, String location, Verdict verdict, String message,
                           List<String> tags, String doc, int requests) {
        this(api, clause, name, location, verdict, message, tags, doc, requests, 0, List.of(), List.of());
    }

    /** The same outcome, knowing how many requests its scenario sent and how many of them repeated earlier ones. */
    public ScenarioOutcome withRequests(RequestCount count) {
        return new ScenarioOutcome(api, clause, name, location, verdict, message, tags, doc, count.sent(), count.repeated(),
                replay, parity);
    }

    /** The same outcome, with the requests to replay (kept only for a failed or warned scenario). */
    public ScenarioOutcome withReplay(List<String> commands) {
        boolean shown = verdict == Verdict.FAILED || verdict == Verdict.WARNED;
        return new ScenarioOutcome(api, clause, name, location, verdict, message, tags, doc, requests, repeated,
                shown ? commands : List.of(), parity);
    }

    /** The same outcome, with where its answers differed from the recording (conformance.parity). */
    public ScenarioOutcome withParity(List<ParityDifference> differences) {
        return new ScenarioOutcome(api, clause, name, location, verdict, message, tags, doc, requests, repeated, replay,
                differences);
    }

    /**
     * PASSED; FAILED — a MUST clause not met (or, in strict mode, a SHOULD one); WARNED — a SHOULD clause not met;
     * SKIPPED — not exercised, with the reason.
     */
    public enum Verdict { PASSED, FAILED, WARNED, SKIPPED }

    /**
     * The one verdict mapping, of the launcher's outcomes and of the report plugin's alike, by the type of what ended the
     * scenario, never its text: {@code passed} (JUnit/Cucumber said so) is PASSED; {@code failed} is FAILED; a
     * {@link io.restorekit.clause.ClauseWarning} is WARNED; anything else (aborted, skipped) is SKIPPED.
     */
    public static Verdict verdictOf(boolean passed, boolean failed, Throwable error) {
        if (passed) {
            return Verdict.PASSED;
        }
        if (failed) {
            return Verdict.FAILED;
        }
        return error instanceof io.restorekit.clause.ClauseWarning ? Verdict.WARNED : Verdict.SKIPPED;
    }

    /** The api and clause of the outcome that stands for a run stopped outside any scenario. */
    public static final String RUN = "RUN";

    /** A run fails when it checked nothing ({@code stoppedBecause} non-null) or a scenario failed. */
    public static boolean runFails(List<ScenarioOutcome> outcomes, String stoppedBecause) {
        return runFails(outcomes, stoppedBecause, KnownDeviations.NONE);
    }

    /** The same, except that a failure the baseline expects does not fail the run. */
    public static boolean runFails(List<ScenarioOutcome> outcomes, String stoppedBecause, KnownDeviations known) {
        return stoppedBecause != null || outcomes.stream().anyMatch(o -> o.verdict() == Verdict.FAILED && !known.excuses(o));
    }

    /** The basis and level its tags give it. */
    public io.restorekit.clause.Grade grade() {
        return io.restorekit.clause.Grade.ofTags(tags);
    }

    /** Builds an outcome from a scenario's tags (without '@'): its API tag and its clause tag ("HBR.PageSize"). */
    public static ScenarioOutcome of(Set<String> apiIds, List<String> tags, String name, String location, Verdict verdict,
                                     String message, String doc) {
        String api = tags.stream().filter(apiIds::contains).findFirst().orElse("?").toUpperCase(Locale.ROOT);
        String clause = io.restorekit.clause.ClauseTag.of(api, tags);
        return new ScenarioOutcome(api, clause, name, location, verdict, message == null ? "" : message,
                List.copyOf(tags), doc == null ? "" : doc);
    }
}
