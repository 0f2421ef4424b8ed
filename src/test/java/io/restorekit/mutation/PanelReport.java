package io.restorekit.mutation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.report.ScenarioOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The panel's verdict for people ({@code report.md}) and machines ({@code report.json}): the kill rate, every mutant
 * with the clause it breaks and the scenarios that caught it, every survivor, and every equivalent mutant with the
 * reason it is excluded.
 */
final class PanelReport {
    private static final int LISTED = 6;

    private final MutantResult reference;
    private final List<MutantResult> results;
    private final Duration total;
    private final java.util.Map<String, String> knownSurvivors;

    /** {@code knownSurvivors}: generated mutants no scenario catches yet, by slug, each with the check that is missing. */
    PanelReport(MutantResult reference, List<MutantResult> results, Duration total, java.util.Map<String, String> knownSurvivors) {
        this.reference = reference;
        this.results = List.copyOf(results);
        this.total = total;
        this.knownSurvivors = java.util.Map.copyOf(knownSurvivors);
    }

    /** The panel's time divided by the mutants it ran (the reference runs included in the time). */
    double secondsPerMutant() {
        return results.isEmpty() ? 0.0 : total.toMillis() / 1000.0 / results.size();
    }

    private String gap(MutantResult r) {
        String why = knownSurvivors.get(r.mutant().slug());
        return why == null ? "" : " — known gap: " + why;
    }

    List<MutantResult> killable() {
        return results.stream().filter(r -> !r.mutant().isEquivalent()).toList();
    }

    List<MutantResult> survivors() {
        return killable().stream().filter(r -> !r.killed()).toList();
    }

    List<MutantResult> equivalents() {
        return results.stream().filter(r -> r.mutant().isEquivalent()).toList();
    }

    String killRate() {
        long killed = killable().size() - survivors().size();
        return String.format(Locale.ROOT, "%d of %d killed (%.1f%%)", killed, killable().size(),
                killable().isEmpty() ? 0.0 : 100.0 * killed / killable().size());
    }

    /** The short console form: kill rate, time, survivors. */
    String summary() {
        StringBuilder out = new StringBuilder("\nMutation panel: ").append(killRate())
                .append(", ").append(equivalents().size()).append(" equivalent excluded; reference ")
                .append(counts(reference)).append("; ").append(seconds(total)).append(" in total, ")
                .append(String.format(Locale.ROOT, "%.2f s", secondsPerMutant())).append(" per mutant\n");
        survivors().forEach(r -> out.append("  SURVIVED ").append(r.mutant()).append(gap(r)).append('\n'));
        equivalents().stream().filter(r -> r.killed())
                .forEach(r -> out.append("  KILLED, though declared equivalent: ").append(r.mutant()).append('\n'));
        return out.toString();
    }

    void write(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("report.md"), markdown());
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Files.writeString(dir.resolve("report.json"), mapper.writeValueAsString(json(mapper)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the mutation panel report to " + dir, e);
        }
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Mutation panel\n\n");
        md.append("Each mutant is the reference stubs with exactly one documented clause broken. The scenarios of the API")
                .append(" it alters run against it; a mutant is **killed** when at least one scenario fails (a MUST clause)")
                .append(" or warns (a SHOULD clause).\n\n");
        md.append("- Kill rate: **").append(killRate()).append("**\n");
        md.append("- Equivalent mutants (excluded from the rate, each run and required to survive): ").append(equivalents().size()).append('\n');
        md.append("- Reference run: ").append(counts(reference)).append(" in ").append(seconds(reference.elapsed())).append('\n');
        md.append("- Panel time: ").append(seconds(total)).append(" for ").append(results.size())
                .append(" mutants and the reference before and after them (")
                .append(String.format(Locale.ROOT, "%.2f s", secondsPerMutant())).append(" per mutant); a mutant that must be")
                .append(" killed runs the scenarios of its own clause, an equivalent one or a known survivor every scenario of")
                .append(" its API, the reference and untagged wire mutants the whole suite (one JVM, one WireMock")
                .append(" server per kit, behaviour swapped per mutant, scenarios in parallel)\n");
        md.append("- Generated from the rules files: ").append(results.stream().filter(r -> r.mutant().generated()).count())
                .append(" (").append(knownSurvivors.size()).append(" known survivors)\n");
        long schemaOnly = killable().stream().filter(MutantResult::killedBySchemaOnly).count();
        md.append("- Killed by schema validation only: ").append(schemaOnly).append("; by at least one behaviour scenario: ")
                .append(killable().stream().filter(r -> !r.behaviourCatches().isEmpty()).count()).append("\n")
                .append("- Killed only as a SHOULD warning (the run warns, it does not fail): ")
                .append(killable().stream().filter(MutantResult::onlyWarned).count()).append("\n\n");

        md.append("## Clause families\n\n| family | mutants | killed | by schema only |\n| --- | ---: | ---: | ---: |\n");
        for (ClauseFamily family : ClauseFamily.values()) {
            List<MutantResult> of = killable().stream().filter(r -> r.mutant().family() == family).toList();
            md.append("| ").append(family.title()).append(" | ").append(of.size()).append(" | ")
                    .append(of.stream().filter(MutantResult::killed).count()).append(" | ")
                    .append(of.stream().filter(MutantResult::killedBySchemaOnly).count()).append(" |\n");
        }

        md.append("\n## Survivors\n\n");
        if (survivors().isEmpty()) {
            md.append("None: every mutant that breaks a documented clause is caught.\n");
        }
        survivors().forEach(r -> md.append("- **").append(r.mutant().clause()).append("** — ").append(r.mutant().breaks())
                .append(" (").append(r.mutant().family().title()).append(")").append(gap(r)).append("\n"));

        md.append("\n## Equivalent mutants (excluded)\n\n");
        for (MutantResult r : equivalents()) {
            md.append("- **").append(r.mutant().clause()).append("** — ").append(r.mutant().breaks()).append(": ")
                    .append(r.mutant().equivalentBecause())
                    .append(r.killed() ? " **(but it was killed: the reason is wrong)**" : " (survived, as stated)").append('\n');
        }

        md.append("\n## Mutants\n");
        int n = 0;
        for (MutantResult r : killable()) {
            n++;
            md.append("\n### ").append(n).append(". ").append(r.mutant().clause()).append(" — ").append(r.mutant().breaks()).append('\n');
            md.append("\n").append(r.killed() ? "Killed" : "**SURVIVED**").append(" (").append(r.mutant().family().title())
                    .append("; ").append(r.catching().size()).append(" of ").append(r.outcomes().size()).append(" scenarios failed")
                    .append(r.killedBySchemaOnly() ? ", by schema validation only" : "")
                    .append(r.onlyWarned() ? ", as a SHOULD warning only" : "").append("; ")
                    .append(seconds(r.elapsed())).append("; scenarios run: `").append(r.scopeText()).append("`)\n\n");
            if (r.mutant().judgedBecause() != null) {
                md.append("Also judged by ").append(r.mutant().alsoJudgedBy()).append(": ").append(r.mutant().judgedBecause()).append("\n\n");
            }
            List<ScenarioOutcome> shown = r.behaviourCatches().isEmpty() ? r.catching() : r.behaviourCatches();
            shown.stream().limit(LISTED).forEach(o -> md.append("- `").append(o.location()).append("` ").append(o.name())
                    .append("  \n  ").append(escape(headline(o.message()))).append('\n'));
            long rest = r.catching().size() - Math.min(LISTED, shown.size());
            if (rest > 0) {
                md.append("- … and ").append(rest).append(" more").append(shown != r.catching() ? " (schema violations included)" : "")
                        .append(" (see report.json)\n");
            }
        }
        return md.toString();
    }

    private ObjectNode json(ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("killRate", killRate());
        root.put("killable", killable().size());
        root.put("killed", killable().size() - survivors().size());
        root.put("equivalent", equivalents().size());
        root.put("elapsedSeconds", total.toMillis() / 1000.0);
        root.put("secondsPerMutant", secondsPerMutant());
        ObjectNode ref = root.putObject("reference");
        ref.put("scenarios", reference.outcomes().size());
        ref.put("failed", reference.catching().size());
        ref.put("skipped", reference.skipped().size());
        ref.put("elapsedSeconds", reference.elapsed().toMillis() / 1000.0);
        ArrayNode mutants = root.putArray("mutants");
        for (MutantResult r : results) {
            ObjectNode m = mutants.addObject();
            m.put("api", r.mutant().api());
            m.put("family", r.mutant().family().name());
            m.put("clause", r.mutant().clause());
            m.put("breaks", r.mutant().breaks());
            m.put("verdict", r.mutant().isEquivalent() ? (r.killed() ? "EQUIVALENT_BUT_KILLED" : "EQUIVALENT")
                    : r.killed() ? "KILLED" : knownSurvivors.containsKey(r.mutant().slug()) ? "KNOWN_SURVIVOR" : "SURVIVED");
            m.put("slug", r.mutant().slug());
            m.put("generated", r.mutant().generated());
            m.put("scope", r.scopeText());
            m.put("caughtByOwnClause", r.caughtByOwnClause());
            if (r.mutant().isEquivalent()) {
                m.put("equivalentBecause", r.mutant().equivalentBecause());
            }
            m.put("killedBySchemaOnly", r.killedBySchemaOnly());
            m.put("scenarios", r.outcomes().size());
            m.put("elapsedSeconds", r.elapsed().toMillis() / 1000.0);
            ArrayNode caught = m.putArray("caughtBy");
            for (ScenarioOutcome o : r.catching()) {
                ObjectNode c = caught.addObject();
                c.put("clause", o.clause());
                c.put("location", o.location());
                c.put("name", o.name());
                c.put("schemaViolation", MutantResult.isSchemaViolation(o));
                c.put("message", headline(o.message()));
            }
        }
        return root;
    }

    /** The first line of a failure, and its first detail line when the first ends with a colon (a list follows). */
    static String headline(String message) {
        List<String> lines = message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            return "";
        }
        String first = lines.get(0);
        String line = first.endsWith(":") && lines.size() > 1 ? first + " " + lines.get(1) : first;
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private static String counts(MutantResult r) {
        return r.outcomes().size() + " scenarios, " + r.catching().size() + " failed, " + r.skipped().size() + " skipped";
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("<", "&lt;");
    }
}
