package io.restorekit.report.docpage;

import static io.restorekit.report.docpage.Html.badge;
import static io.restorekit.report.docpage.Html.esc;

import io.restorekit.report.ScenarioOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One API's annotated page: the seed page's sections, tables and samples in its own words, and beside each row and
 * sentence the checks quoting it, this run's outcome and the defects bearing on it; at the top the run and the
 * coverage figures; at the end every check of the API with its message (the failing exchange) and every defect.
 */
final class DocPageHtml {
    static final String CHECKS_SECTION = "Checks of this API";
    static final String DEFECTS_SECTION = "Doc defects and drift";

    private final AnnotatedPage page;
    private final RunFacts facts;
    private final String api;
    private final StringBuilder h = new StringBuilder();

    DocPageHtml(AnnotatedPage page, RunFacts facts) {
        this.page = page;
        this.facts = facts;
        this.api = page.page().api().toUpperCase(Locale.ROOT);
    }

    String render() {
        String title = page.title() + " — the doc page, annotated by this run";
        h.append(Html.head(title));
        h.append("<nav aria-label=\"Reports\"><a href=\"index.html\">All annotated pages</a><a href=\"../conformance-matrix.html\">"
                + "Conformance matrix</a><a href=\"../conformance-results.json\">conformance-results.json</a>"
                + "<a href=\"../doc-defects.md\">Doc-defect register</a></nav>\n<header>\n<h1>").append(esc(title)).append("</h1>\n");
        runFacts();
        h.append("<p>Below is the seed page <code>docs/seeds/").append(esc(page.page().seedFile())).append("</code> in its own "
                + "words. Beside every row and sentence of its tables: the checks (scenarios) whose <code>Doc:</code> quote comes "
                + "from it, their basis and level, this run's outcome, and the doc defects and drift entries bearing on it. "
                + "A sentence's outcome is its checks' worst; a check that only cites a sentence in its commentary is listed "
                + "but does not count.</p>\n");
        legend();
        h.append("</header>\n<main>\n");
        coverage();
        filters();
        for (SeedPage.Section s : page.page().sections()) {
            section(s);
        }
        unquoted();
        defects();
        checkList();
        h.append("</main>\n").append(Html.script()).append("</body></html>\n");
        return h.toString();
    }

    private void runFacts() {
        h.append("<dl class=\"run\"><dt>Target</dt><dd>").append(esc(facts.run().target()))
                .append("</dd><dt>Contract edition</dt><dd>").append(esc(facts.contract()))
                .append("</dd><dt>Kit version</dt><dd>").append(esc(facts.kitVersion()))
                .append("</dd><dt>Run</dt><dd><time datetime=\"").append(facts.run().started()).append("\">")
                .append(facts.run().started()).append("</time> to <time datetime=\"").append(facts.run().ended()).append("\">")
                .append(facts.run().ended()).append("</time></dd><dt>Settings</dt><dd>").append(esc(facts.run().settings()))
                .append("</dd>");
        if (facts.run().stoppedBecause() != null) {
            h.append("<dt>Stopped</dt><dd><strong>The run checked nothing:</strong> ").append(esc(facts.run().stoppedBecause()))
                    .append("</dd>");
        }
        Map<ScenarioOutcome.Verdict, Integer> counts = facts.counts(api);
        h.append("<dt>Scenarios of ").append(api).append("</dt><dd id=\"scenario-counts\"");
        counts.forEach((v, n) -> h.append(" data-").append(v.name().toLowerCase(Locale.ROOT)).append("=\"").append(n).append('"'));
        h.append('>');
        counts.forEach((v, n) -> h.append(badge(Outcome.of(v))).append(' ').append(n).append(' '));
        h.append("</dd></dl>\n");
    }

    private void legend() {
        h.append("<p class=\"legend\">Outcomes: ");
        for (Outcome o : Outcome.values()) {
            h.append("<span>").append(badge(o)).append("</span>");
        }
        h.append("<span><span class=\"badge defect\">").append(esc(api.toUpperCase(Locale.ROOT)))
                .append("-D01</span> a doc defect or drift entry</span></p>\n");
    }

    private void coverage() {
        AnnotatedPage.Coverage c = page.coverage();
        h.append("<section aria-labelledby=\"coverage\"><h2 id=\"coverage\">Coverage</h2>\n<table class=\"coverage\" id=\"coverage-figures\" "
                + "data-checkable=\"").append(c.checkable()).append("\" data-with-check=\"").append(c.withCheck())
                .append("\" data-exercised=\"").append(c.exercised()).append("\" data-passed=\"").append(c.passed())
                .append("\" data-failed=\"").append(c.failed()).append("\" data-warned=\"").append(c.warned())
                .append("\"><caption>Statements of the request and response tables: rows and the sentences of their descriptions"
                        + "</caption><tbody>");
        figure("Checkable rows and sentences", c.checkable());
        figure("With a check in the kit", c.withCheck());
        figure("Exercised by this run (a check passed, failed or warned)", c.exercised());
        figure("Passed (every exercised check passed)", c.passed());
        figure("Failed", c.failed());
        figure("Warned", c.warned());
        figure("Not checked by any scenario", c.unchecked().size());
        h.append("</tbody></table>\n<details><summary>The ").append(c.unchecked().size())
                .append(" unchecked rows and sentences</summary><ul id=\"unchecked\">");
        for (SeedPage.Unit u : c.unchecked()) {
            h.append("<li><a href=\"#").append(u.id()).append("\">").append(esc(where(u))).append("</a>: ")
                    .append(esc(u.text())).append("</li>");
        }
        h.append("</ul></details></section>\n");
    }

    private void figure(String label, int n) {
        h.append("<tr><th scope=\"row\">").append(esc(label)).append("</th><td class=\"n\">").append(n).append("</td></tr>");
    }

    /** Where a unit sits, for lists: its section and row. */
    private String where(SeedPage.Unit u) {
        String section = page.page().sectionOf(u).heading();
        for (SeedPage.Row r : page.page().rows()) {
            if (r.units().contains(u)) {
                return section + " › " + (r.name().isEmpty() ? r.path() + " (element)" : r.path())
                        + (u == r.unit() ? " (row)" : "");
            }
        }
        return section == null ? "Introduction" : section;
    }

    private void filters() {
        h.append("<form id=\"filters\" class=\"filters\" hidden aria-label=\"Filters\"><label for=\"f-show\">Show"
                + "<select id=\"f-show\"><option value=\"all\">everything</option><option value=\"failed\">failures only</option>"
                + "<option value=\"attention\">failures and warnings</option><option value=\"unchecked\">unchecked sentences only</option>"
                + "<option value=\"unexercised\">not exercised by this run</option></select></label>"
                + "<label for=\"f-section\">Section<select id=\"f-section\"><option value=\"all\">all sections</option>");
        for (SeedPage.Section s : page.page().sections()) {
            if (s.heading() != null) {
                h.append("<option>").append(esc(s.heading())).append("</option>");
            }
        }
        h.append("<option>").append(CHECKS_SECTION).append("</option><option>").append(DEFECTS_SECTION).append("</option>"
                + "</select></label><label for=\"f-find\">Find a parameter or field<input id=\"f-find\" type=\"search\" "
                + "placeholder=\"e.g. PageSize\"></label><output id=\"f-count\" aria-live=\"polite\"></output></form>\n");
    }

    private void section(SeedPage.Section s) {
        String heading = s.heading() == null ? "Introduction" : s.heading();
        h.append("<section id=\"").append(s.id()).append("\" data-section=\"").append(esc(heading)).append("\"><h2>");
        if (s.headingUnit() != null) {
            h.append("<span id=\"").append(s.headingUnit().id()).append("\">").append(esc(heading)).append("</span>");
            badges(s.headingUnit(), false);
        } else {
            h.append(esc(heading)).append(" <small>(the page's opening)</small>");
        }
        h.append("</h2>\n");
        if (s.headingUnit() != null && hasNotes(s.headingUnit())) {
            h.append("<div class=\"checks\">");
            notes(s.headingUnit(), "The section as a whole");
            h.append("</div>");
        }
        List<SeedPage.Prose> bullets = new ArrayList<>();
        for (SeedPage.Block b : s.blocks()) {
            if (b instanceof SeedPage.Prose p && p.style() == SeedPage.Style.BULLET) {
                bullets.add(p);
                continue;
            }
            flushBullets(bullets, true);
            if (b instanceof SeedPage.Table t) {
                table(s, t);
            } else if (b instanceof SeedPage.Sample sample) {
                sample(sample);
            } else if (b instanceof SeedPage.Prose p) {
                proseBlock(List.of(p), true);
            }
        }
        flushBullets(bullets, true);
        h.append("</section>\n");
    }

    private void flushBullets(List<SeedPage.Prose> bullets, boolean filterable) {
        if (!bullets.isEmpty()) {
            proseBlock(List.copyOf(bullets), filterable);
            bullets.clear();
        }
    }

    /** A paragraph, a note or a run of bullets, outside a table: filterable as one item, notes below it. */
    private void proseBlock(List<SeedPage.Prose> prose, boolean filterable) {
        List<SeedPage.Unit> units = prose.stream().flatMap(p -> p.sentences().stream()).toList();
        h.append("<div class=\"prose\"").append(filterable ? filterAttributes(units, "") : "").append('>');
        prose(prose);
        if (units.stream().anyMatch(this::hasNotes)) {
            h.append("<div class=\"checks\">");
            units.forEach(u -> notes(u, "“" + u.text() + "”"));
            h.append("</div>");
        }
        h.append("</div>\n");
    }

    /** Paragraphs as {@code <p>}, consecutive bullets as one list, notes marked: the page's own layout. */
    private void prose(List<SeedPage.Prose> prose) {
        boolean inList = false;
        for (SeedPage.Prose p : prose) {
            if (p.style() == SeedPage.Style.BULLET) {
                if (!inList) {
                    h.append("<ul class=\"bul\">");
                    inList = true;
                }
                h.append("<li>");
                p.sentences().forEach(this::sentence);
                h.append("</li>");
                continue;
            }
            if (inList) {
                h.append("</ul>");
                inList = false;
            }
            h.append(p.style() == SeedPage.Style.NOTE ? "<p class=\"note\"><strong>" + esc(p.label()) + "</strong> " : "<p>");
            p.sentences().forEach(this::sentence);
            h.append("</p>");
        }
        if (inList) {
            h.append("</ul>");
        }
    }

    /** A unit's words, marked with its outcome, followed by its badges and {@code after}. */
    private void sentence(SeedPage.Unit u, char after) {
        Outcome o = page.outcome(u);
        h.append("<span class=\"").append(spanClass(u, o)).append("\" id=\"").append(u.id()).append('"');
        unitAttributes(u, o);
        h.append('>').append(esc(u.text())).append("</span>");
        badges(u, true);
        h.append(after);
    }

    private void sentence(SeedPage.Unit u) {
        sentence(u, ' ');
    }

    /** Marked by outcome where it is a statement or a check quotes it; the page's other words stay plain. */
    private static String spanClass(SeedPage.Unit u, Outcome o) {
        return u.checkable() || o != Outcome.NOT_CHECKED ? "s " + o.token() : "s";
    }

    private void unitAttributes(SeedPage.Unit u, Outcome o) {
        h.append(" data-unit=\"").append(u.id()).append("\" data-checkable=\"").append(u.checkable())
                .append("\" data-outcome=\"").append(o.token()).append("\" data-checks=\"")
                .append(esc(page.checksOf(u).stream().map(c -> c.scenario().location()).collect(Collectors.joining(" "))))
                .append('"');
    }

    /** The outcome badge (for a checkable unit, or one some check quotes) linking to its notes, and its defects. */
    private void badges(SeedPage.Unit u, boolean link) {
        Outcome o = page.outcome(u);
        if (u.checkable() || o != Outcome.NOT_CHECKED) {
            String badge = badge(o);
            h.append(link && hasNoteBlock(u) ? "<a href=\"#n-" + u.id() + "\" title=\"what checks it\">" + badge + "</a>" : badge);
        }
        for (Defect d : page.defects(u)) {
            h.append("<a class=\"badge defect\" href=\"#").append(d.anchor()).append("\" title=\"").append(esc(d.kindWord()))
                    .append("\">").append(esc(d.id())).append("</a>");
        }
    }

    /**
     * Whether {@link #notes} writes a block for the unit: when checks speak of it, or — outside the tables, whose rows
     * list their defects once — when defects bear on it. (The table's units are exactly the checkable ones.)
     */
    private boolean hasNoteBlock(SeedPage.Unit u) {
        return !page.annotations(u).isEmpty() || (!u.checkable() && !page.defects(u).isEmpty());
    }

    private boolean hasNotes(SeedPage.Unit u) {
        return !page.annotations(u).isEmpty() || !page.defects(u).isEmpty();
    }

    private void table(SeedPage.Section s, SeedPage.Table t) {
        h.append("<table class=\"fields\"><caption>").append(esc(s.heading())).append(" of the page, with this run's findings"
                + "</caption><thead><tr>");
        for (String c : t.columns()) {
            h.append("<th scope=\"col\">").append(esc(c)).append("</th>");
        }
        h.append("<th scope=\"col\">What checks it, and this run's outcome</th></tr></thead><tbody>\n");
        for (SeedPage.Row r : t.rows()) {
            row(t, r);
        }
        h.append("</tbody></table>\n");
    }

    private void row(SeedPage.Table t, SeedPage.Row r) {
        Outcome o = page.outcome(r.unit());
        String names = r.name() + " " + r.path();
        h.append("<tr id=\"").append(r.unit().id()).append("\" class=\"row\"").append(filterAttributes(r.units(), names))
                .append(" data-name=\"").append(esc(r.name())).append("\" data-path=\"").append(esc(r.path())).append('"');
        unitAttributes(r.unit(), o);
        h.append('>');
        for (String c : t.columns()) {
            switch (c) {
                case "Parameter", "Element" -> {
                    h.append("<th scope=\"row\" style=\"padding-left:").append(0.4 + 1.2 * r.depth()).append("em\">");
                    h.append(r.name().isEmpty() ? "<em>(each element)</em>" : "<code>" + esc(r.name()) + "</code>");
                    if (!r.path().equals(r.name())) {
                        h.append("<span class=\"path\">").append(esc(r.path())).append("</span>");
                    }
                    badges(r.unit(), true);
                    h.append("</th>");
                }
                case "Type" -> h.append("<td>").append(esc(r.type())).append("</td>");
                case "Required" -> h.append("<td>").append(esc(r.required())).append("</td>");
                case "Example" -> h.append("<td class=\"example\">").append(r.example().isEmpty() ? "" : "<code>"
                        + esc(r.example()) + "</code>").append("</td>");
                case "Description" -> {
                    h.append("<td class=\"desc\">");
                    prose(r.description());
                    h.append("</td>");
                }
                default -> h.append("<td></td>");
            }
        }
        h.append("<td class=\"checks\">");
        notes(r.unit(), "The row (name, type" + (r.required().isEmpty() ? "" : ", required") + ", example)", false);
        for (SeedPage.Unit u : r.units().subList(1, r.units().size())) {
            notes(u, "“" + u.text() + "”", false);
        }
        if (r.units().stream().allMatch(u -> page.annotations(u).isEmpty())) {
            h.append("<p>").append(badge(Outcome.NOT_CHECKED)).append(" no check quotes this row</p>");
        }
        // Each defect once for the row; the badges beside the sentences say which words it bears on.
        Set<Defect> defects = new LinkedHashSet<>();
        r.units().forEach(u -> defects.addAll(page.defects(u)));
        if (!defects.isEmpty()) {
            h.append("<div class=\"ann\"><p>Doc defects and drift</p><ul>");
            defects.forEach(this::defectItem);
            h.append("</ul></div>");
        }
        h.append("</td></tr>\n");
    }

    private String filterAttributes(List<SeedPage.Unit> units, String names) {
        Set<String> outcomes = new LinkedHashSet<>();
        for (SeedPage.Unit u : units) {
            Outcome o = page.outcome(u);
            if (u.checkable() || o != Outcome.NOT_CHECKED) {
                outcomes.add(o.token());
            }
        }
        return " data-filter data-outcomes=\"" + String.join(" ", outcomes) + "\" data-names=\"" + esc(names.strip()) + "\"";
    }

    /** What speaks of one unit: its checks grouped by clause and grade, the checks citing it, the defects. */
    private void notes(SeedPage.Unit u, String label) {
        notes(u, label, true);
    }

    private void notes(SeedPage.Unit u, String label, boolean withDefects) {
        if (page.annotations(u).isEmpty() && (!withDefects || page.defects(u).isEmpty())) {
            return;
        }
        h.append("<div class=\"ann\" id=\"n-").append(u.id()).append("\"><p>").append(esc(label)).append("</p><ul>");
        Map<String, List<AnnotatedPage.Annotation>> groups = new LinkedHashMap<>();
        for (AnnotatedPage.Annotation a : page.annotations(u)) {
            ScenarioOutcome s = a.check().scenario();
            String key = (a.cited() ? "1" : "0") + s.clause() + " " + s.grade().basisName() + " " + s.grade().level();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
        }
        groups.values().forEach(this::group);
        if (withDefects) {
            page.defects(u).forEach(this::defectItem);
        }
        h.append("</ul></div>");
    }

    private void defectItem(Defect d) {
        h.append("<li><a class=\"badge defect\" href=\"#").append(d.anchor()).append("\">").append(esc(d.id()))
                .append("</a> ").append(esc(d.kindWord())).append(": ").append(esc(firstSentence(d.problem()))).append("</li>");
    }

    private void group(List<AnnotatedPage.Annotation> group) {
        AnnotatedPage.Annotation first = group.get(0);
        ScenarioOutcome s = first.check().scenario();
        List<Check> checks = group.stream().map(AnnotatedPage.Annotation::check).toList();
        h.append(first.cited() ? "<li class=\"cited\">cited, not checked, by " : "<li>")
                .append(first.cited() ? "" : badge(Outcome.combine(checks.stream().map(Check::outcome).toList())) + " ")
                .append("<strong>").append(esc(s.clause())).append("</strong> <span class=\"grade\">")
                .append(s.grade().basisName()).append(" · ").append(s.grade().level()).append("</span>: ");
        for (Check c : checks) {
            String loc = c.scenario().location();
            h.append("<a class=\"loc\" href=\"#").append(c.anchor()).append("\" title=\"").append(esc(c.scenario().name()))
                    .append(" — ").append(c.outcome().word()).append("\">").append(esc(loc.substring(loc.lastIndexOf('/') + 1)))
                    .append(" ").append(c.outcome().symbol()).append("</a> ");
        }
        h.append("</li>");
    }

    private void sample(SeedPage.Sample sample) {
        List<SeedPage.Unit> lines = sample.lines();
        h.append("<div class=\"sample-block\"").append(filterAttributes(lines, "")).append('>');
        if (sample.label() != null) {
            h.append("<h3>").append(esc(sample.label())).append("</h3>");
        }
        h.append("<pre class=\"sample\">");
        lines.forEach(u -> sentence(u, '\n'));
        h.append("</pre>");
        if (lines.stream().anyMatch(this::hasNotes)) {
            h.append("<div class=\"checks\">");
            lines.forEach(u -> notes(u, "Line “" + u.text().strip() + "”"));
            h.append("</div>");
        }
        h.append("</div>\n");
    }

    private void unquoted() {
        List<Check> checks = page.unquoted();
        h.append("<section id=\"unquoted\" data-section=\"").append(CHECKS_SECTION).append("\"><h2>Checks that quote no "
                + "sentence of this page</h2><p>Conventions of Alibaba Cloud's RPC protocol the page does not state, and checks "
                + "that only cite the page in their commentary: ").append(checks.size()).append(".</p><ul>");
        for (Check c : checks) {
            h.append("<li data-filter data-outcomes=\"").append(c.outcome().token()).append("\" data-names=\"")
                    .append(esc(c.scenario().clause() + " " + c.scenario().name())).append("\">").append(badge(c.outcome()))
                    .append(" <a href=\"#").append(c.anchor()).append("\">").append(esc(c.scenario().clause())).append("</a> ")
                    .append(esc(c.scenario().name())).append(" — <span class=\"grade\">").append(c.scenario().grade().basisName())
                    .append(" · ").append(c.scenario().grade().level()).append("</span></li>");
        }
        h.append("</ul></section>\n");
    }

    private void defects() {
        h.append("<section id=\"defects\" data-section=\"").append(DEFECTS_SECTION).append("\"><h2>").append(DEFECTS_SECTION)
                .append(" bearing on this page</h2><p>From the kit's register (<code>schemas/defects.json</code>, readable as "
                        + "<a href=\"../doc-defects.md\">doc-defects.md</a>): where the page contradicts itself, and where "
                        + "Alibaba Cloud's API metadata says otherwise.</p><dl class=\"defects\">");
        for (Defect d : page.defects()) {
            List<SeedPage.Unit> units = page.unitsOf(d);
            h.append("<div data-filter data-outcomes=\"\" data-names=\"").append(esc(d.id() + " " + d.problem())).append("\">")
                    .append("<dt id=\"").append(d.anchor()).append("\">").append(esc(d.id())).append(" — ").append(esc(d.kindWord()))
                    .append(" (").append(esc(d.section())).append(")</dt><dd><p>").append(esc(d.problem())).append("</p>");
            if (!d.metadata().isEmpty()) {
                h.append("<p>The API metadata's wording:</p><ul>");
                d.metadata().forEach(m -> h.append("<li><q>").append(esc(m)).append("</q></li>"));
                h.append("</ul>");
            }
            h.append("<p><strong>The kit holds</strong> (").append(esc(d.kitChoice())).append("): ")
                    .append(esc(d.kitHolds().isEmpty() ? d.why() : d.kitHolds() + " " + d.why())).append("</p>");
            if (!units.isEmpty()) {
                h.append("<p>On the page: ");
                units.forEach(u -> h.append("<a href=\"#").append(u.id()).append("\">").append(esc(where(u))).append("</a> "));
                h.append("</p>");
            }
            h.append("</dd></div>");
        }
        h.append("</dl></section>\n");
    }

    private void checkList() {
        h.append("<section id=\"checks\" data-section=\"").append(CHECKS_SECTION).append("\"><h2>Every check of ").append(api)
                .append("</h2><table class=\"check-list\"><caption>Each scenario: this run's outcome, what it rests on, "
                        + "its Doc line and, when it did not pass, what it found (the request and the answer)</caption>"
                        + "<thead><tr><th scope=\"col\">outcome</th><th scope=\"col\">clause</th><th scope=\"col\">basis · level"
                        + "</th><th scope=\"col\">scenario</th><th scope=\"col\">Doc</th></tr></thead><tbody>\n");
        for (Check c : page.checks()) {
            ScenarioOutcome s = c.scenario();
            h.append("<tr id=\"").append(c.anchor()).append("\" data-location=\"").append(esc(s.location()))
                    .append("\" data-outcome=\"").append(c.outcome().token()).append("\" data-filter data-outcomes=\"")
                    .append(c.outcome().token()).append("\" data-names=\"").append(esc(s.clause() + " " + s.name()))
                    .append("\"><td>").append(badge(c.outcome())).append("</td><th scope=\"row\">").append(esc(s.clause()))
                    .append("</th><td>").append(s.grade().basisName()).append(" · ").append(s.grade().level()).append("</td><td>")
                    .append(esc(s.name())).append("<br><span class=\"loc\">").append(esc(s.location())).append("</span>");
            if (!s.message().isBlank() && c.outcome() != Outcome.PASSED) {
                h.append(c.outcome() == Outcome.FAILED || c.outcome() == Outcome.WARNED ? "<pre>" : "<details><summary>why</summary><pre>")
                        .append(esc(s.message().strip())).append(c.outcome() == Outcome.FAILED || c.outcome() == Outcome.WARNED
                                ? "</pre>" : "</pre></details>");
            }
            h.append("</td><td>").append(esc(s.doc())).append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    private static String firstSentence(String text) {
        List<String> sentences = PageText.sentences(text);
        return sentences.isEmpty() ? "" : sentences.get(0);
    }
}
