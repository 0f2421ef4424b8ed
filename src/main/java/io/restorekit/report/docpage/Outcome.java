package io.restorekit.report.docpage;

import io.restorekit.report.ScenarioOutcome;
import java.util.Collection;
import java.util.Locale;

/**
 * What this run proved of a check or of a sentence of the page, worst first. A word and a symbol each, so colour is
 * never the only signal.
 */
public enum Outcome {
    FAILED("✘"), WARNED("⚠"), PASSED("✔"), SKIPPED("⤼"), NOT_RUN("○"), NOT_CHECKED("–");

    private final String symbol;

    Outcome(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** "passed", "not run", … — the word the page shows and its data attributes carry (with a dash for the space). */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public String token() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether a check with this outcome judged the target (not skipped, not left out of the run). */
    public boolean exercised() {
        return this == PASSED || this == FAILED || this == WARNED;
    }

    public static Outcome of(ScenarioOutcome.Verdict verdict) {
        return valueOf(verdict.name());
    }

    /**
     * What several checks of one sentence add up to, the matrix's rule carried on: a failure beats a warning beats a
     * pass; a pass beats a skip; a skip beats a check this run left out; no check at all is "not checked".
     */
    public static Outcome combine(Collection<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return NOT_CHECKED;
        }
        return outcomes.stream().min(Enum::compareTo).orElse(NOT_CHECKED);
    }
}
