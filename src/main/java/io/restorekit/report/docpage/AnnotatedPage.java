package io.restorekit.report.docpage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A seed page with what the kit knows of each of its units: the checks quoting it (or only citing it, in
 * commentary), this run's outcome of each, the defects bearing on it — and the coverage figures, counted from the
 * same outcomes the results file holds.
 */
public final class AnnotatedPage {
    /** A check that speaks of a unit: {@code cited} when only its commentary quotes it (it does not count). */
    public record Annotation(Check check, boolean cited) {
    }

    /**
     * {@code checkable}: the statements of the request and response tables (rows and their sentences); {@code
     * withCheck}: those some check of the kit quotes; {@code exercised}: those a check of this run judged (passed,
     * failed or warned); and of those, how many ended each way. {@code unchecked}: the checkable units no check quotes.
     */
    public record Coverage(int checkable, int withCheck, int exercised, int passed, int failed, int warned,
                           List<SeedPage.Unit> unchecked) {
    }

    private final SeedPage page;
    private final String title;
    private final List<Check> checks;
    private final List<Defect> defects;
    private final Map<String, List<Annotation>> annotations = new LinkedHashMap<>();
    private final Map<String, List<Defect>> defectsByUnit = new LinkedHashMap<>();
    private final Set<Check> quoting = new LinkedHashSet<>();

    /** {@code checks}: every check of the kit for this page's API, each with this run's outcome. */
    public AnnotatedPage(SeedPage page, String title, List<Check> checks, List<Defect> defects) {
        this.page = page;
        this.title = title;
        this.checks = List.copyOf(checks);
        this.defects = List.copyOf(defects);
        QuoteLocator locator = new QuoteLocator(page);
        for (Check c : checks) {
            for (QuoteLocator.Located l : locator.locate(DocQuotes.of(c.scenario().doc()).quotes())) {
                List<Annotation> list = annotations.computeIfAbsent(l.unit().id(), k -> new ArrayList<>());
                if (list.stream().noneMatch(a -> a.check() == c && a.cited() == l.cited())) {
                    list.add(new Annotation(c, l.cited()));
                }
                if (!l.cited()) {
                    quoting.add(c);
                }
            }
        }
        for (Defect d : defects) {
            List<DocQuotes.Quote> quotes = d.quotes().stream().map(q -> new DocQuotes.Quote(q, false, false)).toList();
            for (QuoteLocator.Located l : locator.locate(quotes)) {
                List<Defect> list = defectsByUnit.computeIfAbsent(l.unit().id(), k -> new ArrayList<>());
                if (!list.contains(d)) {
                    list.add(d);
                }
            }
        }
    }

    public SeedPage page() {
        return page;
    }

    public String title() {
        return title;
    }

    public List<Check> checks() {
        return checks;
    }

    public List<Defect> defects() {
        return defects;
    }

    public List<Annotation> annotations(SeedPage.Unit unit) {
        return annotations.getOrDefault(unit.id(), List.of());
    }

    public List<Defect> defects(SeedPage.Unit unit) {
        return defectsByUnit.getOrDefault(unit.id(), List.of());
    }

    /** The checks quoting {@code unit} (citing ones left out). */
    public List<Check> checksOf(SeedPage.Unit unit) {
        return annotations(unit).stream().filter(a -> !a.cited()).map(Annotation::check).toList();
    }

    public Outcome outcome(SeedPage.Unit unit) {
        return Outcome.combine(checksOf(unit).stream().map(Check::outcome).toList());
    }

    /** The units {@code defect} bears on, in page order. */
    public List<SeedPage.Unit> unitsOf(Defect defect) {
        return page.units().stream().filter(u -> defects(u).contains(defect)).toList();
    }

    /** The checks of this API that quote no unit of the page (conventions, and checks only citing it). */
    public List<Check> unquoted() {
        return checks.stream().filter(c -> !quoting.contains(c)).toList();
    }

    public Coverage coverage() {
        List<SeedPage.Unit> checkable = page.units().stream().filter(SeedPage.Unit::checkable).toList();
        int with = 0, exercised = 0, passed = 0, failed = 0, warned = 0;
        List<SeedPage.Unit> unchecked = new ArrayList<>();
        for (SeedPage.Unit u : checkable) {
            Outcome o = outcome(u);
            if (o == Outcome.NOT_CHECKED) {
                unchecked.add(u);
                continue;
            }
            with++;
            exercised += o.exercised() ? 1 : 0;
            passed += o == Outcome.PASSED ? 1 : 0;
            failed += o == Outcome.FAILED ? 1 : 0;
            warned += o == Outcome.WARNED ? 1 : 0;
        }
        return new Coverage(checkable.size(), with, exercised, passed, failed, warned, List.copyOf(unchecked));
    }
}
