package io.restorekit.mutation;

import io.restorekit.reference.BehaviourSet;
import io.restorekit.reference.ReferenceServer;
import java.util.Locale;
import java.util.function.Function;

/**
 * A faulty target: the reference with exactly one documented rule switched off or altered. {@code clause} is the
 * scenario tag of the clause it breaks ({@code HBR.PageSize}), {@code breaks} says how, in one phrase.
 * {@code equivalentBecause} is non-null for a mutant no documented clause can tell from the reference: the panel runs
 * it too and requires it to survive, so the stated reason is checked, not just claimed.
 *
 * <p>{@code variant} builds the behaviour from the running server each time the mutant is installed, so a stateful
 * mutant (one that remembers tokens) starts fresh.
 */
record Mutant(ClauseFamily family, String clause, String breaks, Function<ReferenceServer, BehaviourSet> variant,
              String equivalentBecause) {

    Mutant(ClauseFamily family, String clause, String breaks, Function<ReferenceServer, BehaviourSet> variant) {
        this(family, clause, breaks, variant, null);
    }

    Mutant equivalent(String reason) {
        return new Mutant(family, clause, breaks, variant, reason);
    }

    boolean isEquivalent() {
        return equivalentBecause != null;
    }

    /** HBR, DBS, or HBR+DBS for a mutant of the wire both share. */
    String api() {
        return clause.startsWith("HBR.") ? "HBR" : clause.startsWith("DBS.") ? "DBS" : "HBR+DBS";
    }

    /** A file-system-safe name: {@code HBR.PageSize-pagesize-100-accepted}. */
    String slug() {
        String words = breaks.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return clause + "-" + (words.length() > 60 ? words.substring(0, 60).replaceAll("-$", "") : words);
    }

    @Override
    public String toString() {
        return clause + ": " + breaks;
    }
}
