package io.restorekit.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import io.restorekit.config.ConfigurationException;
import io.restorekit.report.KnownDeviations;
import io.restorekit.report.ScenarioOutcome;
import io.restorekit.report.ScenarioOutcome.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A reviewed list of known deviations (conformance.baseline): a JSON array of
 * {@code {"feature", "name", "outcome", "reason"}}, one per scenario expected not to pass — the scenario id is its
 * feature path and name (not its line, which moves when a feature is edited); a scenario it does not list is expected
 * to pass. A run judged against it fails only on an outcome worse than expected (a failure it does not expect), says
 * which got better ("fixed — update the baseline") and shows every expected deviation with its reason.
 */
public final class Baseline implements KnownDeviations {
    /** One expected outcome and why it is accepted. */
    public record Entry(String feature, String name, Verdict outcome, String reason) {
        String id() {
            return feature + ": " + name;
        }
    }

    private final Path file;
    private final Map<String, Entry> entries;

    private Baseline(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Reads and checks a baseline; anything it cannot use is one line naming {@code setting} and where. */
    public static Baseline load(String setting, Path file) {
        String where = setting + "='" + file + "'";
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException(where + ": " + file + (Files.isDirectory(file) ? " is a folder" : " does not exist")
                    + "; name a baseline file (conformance.baseline.write writes one from a run)");
        }
        JsonNode json;
        try {
            json = Recording.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new ConfigurationException(where + " is not valid JSON: " + Recording.firstLine(e.getMessage()));
        }
        if (json == null || !json.isArray()) {
            throw new ConfigurationException(where + " is not a baseline: it must be a JSON array of"
                    + " {\"feature\", \"name\", \"outcome\", \"reason\"} entries");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        int n = 0;
        for (JsonNode node : json) {
            n++;
            String feature = node.path("feature").asText("").trim();
            String name = node.path("name").asText("").trim();
            String outcome = node.path("outcome").asText("").trim().toUpperCase(Locale.ROOT);
            String reason = node.path("reason").asText("").trim();
            String entry = where + ", entry " + n + (name.isEmpty() ? "" : " ('" + name + "')");
            if (feature.isEmpty() || name.isEmpty()) {
                throw new ConfigurationException(entry + ": needs a \"feature\" (features/…feature) and a \"name\"");
            }
            if (!Set.of("PASSED", "FAILED", "WARNED", "SKIPPED").contains(outcome)) {
                throw new ConfigurationException(entry + ": \"outcome\" must be passed, failed, warned or skipped, not '"
                        + node.path("outcome").asText("") + "'");
            }
            if (reason.isEmpty()) {
                throw new ConfigurationException(entry + ": has no \"reason\"; a baseline says why each deviation is accepted");
            }
            Entry e = new Entry(feature, nameOf(name), Verdict.valueOf(outcome), reason);
            if (entries.put(e.id(), e) != null) {
                throw new ConfigurationException(entry + ": lists " + e.id() + " a second time");
            }
        }
        return new Baseline(file, Map.copyOf(entries));
    }

    /** The baseline a reviewer starts from: every scenario of the run that did not pass, with its outcome and message. */
    public static String write(Path file, List<ScenarioOutcome> outcomes, String target) throws IOException {
        var array = Recording.JSON.createArrayNode();
        List<ScenarioOutcome> notPassed = outcomes.stream()
                .filter(o -> o.verdict() != Verdict.PASSED && !ScenarioOutcome.RUN.equals(o.api()))
                .sorted(java.util.Comparator.comparing(Baseline::featureOf).thenComparing(o -> nameOf(o.name()))).toList();
        for (ScenarioOutcome o : notPassed) {
            array.addObject().put("feature", featureOf(o)).put("name", nameOf(o.name()))
                    .put("outcome", o.verdict().name().toLowerCase(Locale.ROOT))
                    .put("reason", "TO REVIEW (" + target + "): " + io.restorekit.report.ConsoleSummary.firstLine(o.message()));
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Recording.JSON.writeValue(file.toFile(), array);
        return "Baseline written: " + file + " (" + notPassed.size() + " scenarios that did not pass; review each reason)";
    }

    @Override
    public boolean excuses(ScenarioOutcome outcome) {
        return outcome.verdict() == Verdict.FAILED && expected(outcome) == Verdict.FAILED;
    }

    @Override
    public List<String> summary(List<ScenarioOutcome> outcomes) {
        List<String> worse = new ArrayList<>();
        List<String> better = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (ScenarioOutcome o : outcomes) {
            if (ScenarioOutcome.RUN.equals(o.api())) {
                continue;
            }
            String id = idOf(o);
            seen.add(id);
            Verdict want = expected(o);
            String change = id + " — expected " + name(want) + ", now " + name(o.verdict());
            if (severity(o.verdict()) > severity(want)) {
                worse.add(change);
            } else if (severity(o.verdict()) < severity(want) || (want != o.verdict() && want != Verdict.PASSED)) {
                better.add(change);
            } else if (want != Verdict.PASSED) {
                expected.add(id + " (" + name(want) + ") — " + entries.get(id).reason());
            }
        }
        List<String> absent = entries.keySet().stream().filter(id -> !seen.contains(id)).sorted().toList();
        List<String> lines = new ArrayList<>();
        lines.add("Baseline " + file + ": " + worse.size() + " worse than the baseline, " + better.size()
                + " better (fixed — update the baseline), " + expected.size() + " as the baseline expects"
                + (absent.isEmpty() ? "" : ", " + absent.size() + " entries matched no scenario of this run"));
        worse.forEach(l -> lines.add("  worse: " + l));
        better.forEach(l -> lines.add("  fixed — update the baseline: " + l));
        expected.forEach(l -> lines.add("  baselined: " + l));
        absent.forEach(l -> lines.add("  not in this run: " + l));
        return lines;
    }

    private Verdict expected(ScenarioOutcome outcome) {
        Entry entry = entries.get(idOf(outcome));
        return entry == null ? Verdict.PASSED : entry.outcome();
    }

    /** A failure outranks a warning; passing and being skipped cost the run nothing. */
    private static int severity(Verdict verdict) {
        return switch (verdict) {
            case FAILED -> 2;
            case WARNED -> 1;
            case PASSED, SKIPPED -> 0;
        };
    }

    private static String name(Verdict verdict) {
        return verdict.name().toLowerCase(Locale.ROOT);
    }

    private static final java.util.regex.Pattern EXAMPLE = java.util.regex.Pattern.compile("^Example #[0-9.]+: ");

    /**
     * A scenario's name as a baseline keeps it: JUnit calls an outline's row "Example #1.2: PageSize 100 is …" where
     * Cucumber says "PageSize 100 is …"; the numbering goes, the row's own name (every outline names its values) stays.
     */
    static String nameOf(String name) {
        return EXAMPLE.matcher(name).replaceFirst("");
    }

    private static String idOf(ScenarioOutcome outcome) {
        return featureOf(outcome) + ": " + nameOf(outcome.name());
    }

    static String featureOf(ScenarioOutcome outcome) {
        int colon = outcome.location().lastIndexOf(':');
        return colon > 0 ? outcome.location().substring(0, colon) : outcome.location();
    }
}
