package io.restorekit.mutation;

import io.restorekit.report.ScenarioOutcome;
import java.time.Duration;
import java.util.List;

/**
 * One suite run against one mutant (or the reference, {@code mutant == null}): every scenario's outcome, the time, and
 * the scenarios it ran ({@code scope}, a tag expression; null for all).
 */
record MutantResult(Mutant mutant, List<ScenarioOutcome> outcomes, Duration elapsed, String scope) {

    /** This run followed by {@code wider} (a second run, over more scenarios): the outcomes of both, the time of both. */
    MutantResult then(MutantResult wider) {
        List<ScenarioOutcome> both = new java.util.ArrayList<>(outcomes);
        both.addAll(wider.outcomes);
        return new MutantResult(mutant, List.copyOf(both), elapsed.plus(wider.elapsed), scopeText() + ", then " + wider.scopeText());
    }

    /** The scope in words: the tag expression, or "every scenario". */
    String scopeText() {
        return scope == null ? "every scenario" : scope;
    }

    /** Caught by a scenario of its own clause (or of one it names as judging it). */
    boolean caughtByOwnClause() {
        return catching().stream().anyMatch(o -> o.clause().equals(mutant.clause()) || mutant.alsoJudgedBy().contains(o.clause()));
    }

    /** Scenarios that caught the mutant: failed on a MUST clause, or warned on a SHOULD one. */
    List<ScenarioOutcome> catching() {
        return outcomes.stream().filter(o -> o.verdict() == ScenarioOutcome.Verdict.FAILED
                || o.verdict() == ScenarioOutcome.Verdict.WARNED).toList();
    }

    /** Caught, but only by SHOULD clauses: the run would not fail, it would warn. */
    boolean onlyWarned() {
        return killed() && catching().stream().allMatch(o -> o.verdict() == ScenarioOutcome.Verdict.WARNED);
    }

    List<ScenarioOutcome> skipped() {
        return outcomes.stream().filter(o -> o.verdict() == ScenarioOutcome.Verdict.SKIPPED).toList();
    }

    boolean killed() {
        return !catching().isEmpty();
    }

    /** Killed, and every catching scenario failed on a schema violation rather than on a behaviour judgement. */
    boolean killedBySchemaOnly() {
        return killed() && catching().stream().allMatch(MutantResult::isSchemaViolation);
    }

    /** Catching scenarios that judged behaviour (not only the answer's schema). */
    List<ScenarioOutcome> behaviourCatches() {
        return catching().stream().filter(o -> !isSchemaViolation(o)).toList();
    }

    /**
     * The scenario failed on a schema violation: its first line says so, or it is the generated-requests scenario and
     * every request case it lists failed on one.
     */
    static boolean isSchemaViolation(ScenarioOutcome o) {
        List<String> lines = o.message().strip().lines().toList();
        if (lines.isEmpty()) {
            return false;
        }
        if (schemaLine(lines.get(0))) {
            return true;
        }
        List<String> cases = lines.subList(1, lines.size());
        return lines.get(0).contains("request cases derived from the request schema were answered wrongly")
                && !cases.isEmpty() && cases.stream().allMatch(MutantResult::schemaLine);
    }

    private static boolean schemaLine(String line) {
        return line.contains("breaks schemas/") || line.contains("breaks the response schema");
    }

    /** The verdict the panel requires: killed for a mutant, survived (equivalent) for an equivalent one. */
    boolean asExpected() {
        return mutant.isEquivalent() ? !killed() : killed();
    }
}
