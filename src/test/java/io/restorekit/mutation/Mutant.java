package io.restorekit.mutation;

import io.restorekit.reference.ReferenceServer;
import io.restorekit.reference.engine.BehaviourSet;
import java.nio.file.Path;
import java.util.List;
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
 *
 * <p>The panel judges a mutant by the scenarios of its own clause (see {@link PanelRunner#scope}); {@code alsoJudgedBy}
 * names further clause tags whose scenarios exercise the case it breaks, with {@code judgedBecause} saying why (e.g. a
 * wrapper that only a one-item page shows). {@code kit} is the kit root whose suite and reference judge it (null: the
 * project's own); {@code generated} marks a mutant made from a rules file by {@link RulesMutants}, which is killed by
 * its own clause where the features tag one, and otherwise by any scenario of its API.
 */
record Mutant(ClauseFamily family, String clause, String breaks, Function<ReferenceServer, BehaviourSet> variant,
              String equivalentBecause, List<String> alsoJudgedBy, String judgedBecause, Path kit, boolean generated) {

    Mutant {
        alsoJudgedBy = List.copyOf(alsoJudgedBy);
    }

    Mutant(ClauseFamily family, String clause, String breaks, Function<ReferenceServer, BehaviourSet> variant) {
        this(family, clause, breaks, variant, null, List.of(), null, null, false);
    }

    Mutant equivalent(String reason) {
        return new Mutant(family, clause, breaks, variant, reason, alsoJudgedBy, judgedBecause, kit, generated);
    }

    /** Judged by the scenarios of {@code clauses} too, because {@code why}. */
    Mutant alsoJudgedBy(String why, String... clauses) {
        return new Mutant(family, clause, breaks, variant, equivalentBecause, List.of(clauses), why, kit, generated);
    }

    boolean isEquivalent() {
        return equivalentBecause != null;
    }

    /** HBR, DBS (any API: the clause's prefix), or HBR+DBS for a mutant of the wire both share. */
    String api() {
        int dot = clause.indexOf('.');
        String prefix = dot < 0 ? clause : clause.substring(0, dot);
        return prefix.equals("Protocol") ? "HBR+DBS" : prefix;
    }

    /** A file-system-safe name: {@code HBR.PageSize-pagesize-100-accepted}. */
    String slug() {
        String words = breaks.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (generated ? "gen-" : "") + clause + "-" + (words.length() > 60 ? words.substring(0, 60).replaceAll("-$", "") : words);
    }

    @Override
    public String toString() {
        return clause + ": " + breaks;
    }
}
