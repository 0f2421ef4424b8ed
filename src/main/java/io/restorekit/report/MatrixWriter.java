package io.restorekit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the conformance matrix as Markdown and HTML: per API and clause the verdict, the doc sentences
 * and, for failures, the whole message (request, answer excerpt, broken constraint); skipped scenarios
 * with their reasons; undocumented fields seen; a link to the doc-defect register.
 */
public final class MatrixWriter {
    private final String target;
    private final String settings;
    private final String contract;
    private final Map<String, Set<String>> undocumentedFields;
    private final Map<String, Set<String>> notExercised;
    private final Path defectRegister;
    private final String stoppedBecause;

    /** {@code defectRegister}: a copy beside the matrix (linked by name), or null; {@code stoppedBecause} may be null. */
    public MatrixWriter(String target, String contract, String settings, FieldFindings fields, Path defectRegister,
                        String stoppedBecause) {
        this.target = target;
        this.contract = io.restorekit.config.Contract.describe(contract);
        this.settings = settings;
        this.undocumentedFields = new java.util.TreeMap<>(fields.undocumented());
        this.notExercised = new java.util.TreeMap<>(fields.notExercised());
        this.defectRegister = defectRegister;
        this.stoppedBecause = stoppedBecause;
    }

    static final String NOT_EXERCISED = "Their schema rules (type, format, enum, bounds) met no instance in this run, so "
            + "this target was not judged on them: not exercised, neither passed nor failed.";

    private List<String> baseline = List.of();

    /** The lines saying how the run compares with its baseline (conformance.baseline), shown near the top. */
    public MatrixWriter withBaseline(List<String> lines) {
        this.baseline = List.copyOf(lines);
        return this;
    }

    private String registerLink() {
        return defectRegister == null ? "(not available)" : defectRegister.getFileName().toString();
    }

    public void write(ConformanceMatrix matrix, Path dir) throws IOException {
        Files.writeString(dir.resolve("conformance-matrix.md"), markdown(matrix));
        Files.writeString(dir.resolve("conformance-matrix.html"), html(matrix));
    }

    String markdown(ConformanceMatrix matrix) {
        StringBuilder md = new StringBuilder("# Conformance matrix\n\nTarget: ").append(target).append("\n\nContract: ")
                .append(contract).append("\n\nSettings: ")
                .append(settings).append("\n\n");
        if (stoppedBecause != null) {
            md.append("**The run checked nothing:** ").append(stoppedBecause).append("\n\n");
        }
        if (!baseline.isEmpty()) {
            md.append("## Against the baseline\n\n");
            baseline.forEach(line -> md.append(line.startsWith("  ") ? "  - " + line.strip() : "- " + line).append('\n'));
            md.append('\n');
        }
        matrix.rowsByApi().forEach((api, rows) -> {
            md.append("## ").append(api).append("\n\n| clause | basis, level | verdict | passed | failed | warned | skipped | the docs say |\n")
                    .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
            rows.forEach(r -> md.append("| ").append(r.clause()).append(" | ").append(r.grades()).append(" | ")
                    .append(symbol(r.verdict())).append(" | ")
                    .append(r.passed()).append(" | ").append(r.failed()).append(" | ").append(r.warned()).append(" | ")
                    .append(r.skipped()).append(" | ")
                    .append(String.join("<br>", r.docs()).replace("|", "\\|")).append(" |\n"));
            md.append('\n');
            details(md, rows, ScenarioOutcome.Verdict.FAILED, "### Failures in " + api);
            details(md, rows, ScenarioOutcome.Verdict.WARNED, "### Warnings in " + api);
            details(md, rows, ScenarioOutcome.Verdict.SKIPPED, "### Skipped in " + api);
        });
        parityMarkdown(md, matrix);
        md.append("## Undocumented fields seen\n\n");
        if (undocumentedFields.values().stream().allMatch(Set::isEmpty)) {
            md.append("None.\n\n");
        }
        undocumentedFields.forEach((api, fields) -> fields.forEach(f -> md.append("- ").append(api.toUpperCase(java.util.Locale.ROOT))
                .append(": `").append(f).append("`\n")));
        md.append("\n## Documented fields no answer carried\n\n").append(NOT_EXERCISED).append("\n\n");
        if (notExercised.values().stream().allMatch(Set::isEmpty)) {
            md.append("None.\n");
        }
        notExercised.forEach((api, fields) -> fields.forEach(f -> md.append("- ").append(api.toUpperCase(java.util.Locale.ROOT))
                .append(": ").append(f.replaceFirst(" ", " `")).append("`\n")));
        md.append("\n## Doc defects\n\nWhere the pages contradict themselves, and what the kit does about it: ")
                .append(registerLink()).append('\n');
        return md.toString();
    }

    /** Every scenario whose answers differed from the recording (conformance.parity): path, recorded, actual. */
    private static void parityMarkdown(StringBuilder md, ConformanceMatrix matrix) {
        List<ScenarioOutcome> differing = withParity(matrix);
        if (differing.isEmpty()) {
            return;
        }
        md.append("## Parity: where the answers differ from the recording\n\n");
        for (ScenarioOutcome s : differing) {
            md.append("### ").append(s.clause()).append(" — ").append(s.name()).append(" (`").append(s.location())
                    .append("`, ").append(s.verdict().name().toLowerCase(java.util.Locale.ROOT)).append(")\n\n")
                    .append("| request | path | recorded | actual |\n| --- | --- | --- | --- |\n");
            s.parity().forEach(d -> md.append("| `").append(cell(d.request())).append("` | `").append(cell(d.path()))
                    .append("` | `").append(cell(d.recorded())).append("` | `").append(cell(d.actual())).append("` |\n"));
            md.append('\n');
        }
    }

    private static List<ScenarioOutcome> withParity(ConformanceMatrix matrix) {
        return matrix.rowsByApi().values().stream().flatMap(List::stream).flatMap(r -> r.scenarios().stream())
                .filter(s -> !s.parity().isEmpty()).toList();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("`", "'").replace("\n", " ");
    }

    private static void details(StringBuilder md, List<ConformanceMatrix.ClauseRow> rows, ScenarioOutcome.Verdict verdict,
                                String title) {
        List<ScenarioOutcome> selected = rows.stream().flatMap(r -> r.scenarios().stream())
                .filter(s -> s.verdict() == verdict).toList();
        if (selected.isEmpty()) {
            return;
        }
        md.append(title).append("\n\n");
        for (ScenarioOutcome s : selected) {
            md.append("- **").append(s.clause()).append("** ").append(s.name()).append(" (`").append(s.location()).append("`)\n");
            if (verdict == ScenarioOutcome.Verdict.FAILED || verdict == ScenarioOutcome.Verdict.WARNED) {
                md.append("\n  ```\n  ").append(s.message().strip().replace("\n", "\n  ")).append("\n  ```\n");
                if (!s.replay().isEmpty()) {
                    md.append("\n  Replay:\n\n  ```sh\n");
                    s.replay().forEach(curl -> md.append("  ").append(curl).append('\n'));
                    md.append("  ```\n");
                }
            } else {
                md.append("  — ").append(ConsoleSummary.firstLine(s.message())).append('\n');
            }
        }
        md.append('\n');
    }

    String html(ConformanceMatrix matrix) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Conformance matrix</title>"
                + "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
                + "padding:4px 8px;vertical-align:top}.PASSED{background:#e6ffe6}.FAILED{background:#ffe6e6}.WARNED{background:#fff0d0}.SKIPPED{background:#f4f4f4}"
                + "pre{white-space:pre-wrap;background:#f6f6f6;padding:6px}</style></head><body>");
        h.append("<h1>Conformance matrix</h1><p>Target: ").append(esc(target)).append("</p><p>Contract: ")
                .append(esc(contract)).append("</p><p>Settings: ")
                .append(esc(settings)).append("</p>");
        if (stoppedBecause != null) {
            h.append("<p class=\"FAILED\"><strong>The run checked nothing:</strong> ").append(esc(stoppedBecause)).append("</p>");
        }
        if (!baseline.isEmpty()) {
            h.append("<h2>Against the baseline</h2><pre>");
            baseline.forEach(line -> h.append(esc(line)).append('\n'));
            h.append("</pre>");
        }
        matrix.rowsByApi().forEach((api, rows) -> {
            h.append("<h2>").append(esc(api)).append("</h2><table><tr><th>clause</th><th>basis, level</th><th>verdict</th><th>passed</th>"
                    + "<th>failed</th><th>warned</th><th>skipped</th><th>the docs say</th><th>scenarios</th></tr>");
            for (ConformanceMatrix.ClauseRow r : rows) {
                h.append("<tr class=\"").append(r.verdict()).append("\"><td>").append(esc(r.clause())).append("</td><td>")
                        .append(esc(r.grades())).append("</td><td>")
                        .append(r.verdict()).append("</td><td>").append(r.passed()).append("</td><td>").append(r.failed())
                        .append("</td><td>").append(r.warned()).append("</td><td>").append(r.skipped()).append("</td><td>");
                r.docs().forEach(d -> h.append(esc(d)).append("<br>"));
                h.append("</td><td>");
                for (ScenarioOutcome s : r.scenarios()) {
                    h.append("<div class=\"").append(s.verdict()).append("\"><strong>").append(s.verdict()).append("</strong> ")
                            .append(esc(s.name())).append(" <small>")
                            .append(esc(s.location())).append("</small>");
                    if (s.verdict() != ScenarioOutcome.Verdict.PASSED && !s.message().isBlank()) {
                        h.append("<pre>").append(esc(s.message().strip())).append("</pre>");
                        s.replay().forEach(curl -> h.append("<p>Replay:</p><pre class=\"replay\">").append(esc(curl)).append("</pre>"));
                    }
                    h.append("</div>");
                }
                h.append("</td></tr>");
            }
            h.append("</table>");
        });
        List<ScenarioOutcome> differing = withParity(matrix);
        if (!differing.isEmpty()) {
            h.append("<h2>Parity: where the answers differ from the recording</h2>");
            for (ScenarioOutcome s : differing) {
                h.append("<h3>").append(esc(s.clause())).append(" — ").append(esc(s.name())).append(" <small>")
                        .append(esc(s.location())).append("</small></h3><table><tr><th>request</th><th>path</th>"
                                + "<th>recorded</th><th>actual</th></tr>");
                s.parity().forEach(d -> h.append("<tr><td><code>").append(esc(d.request())).append("</code></td><td><code>")
                        .append(esc(d.path())).append("</code></td><td><code>").append(esc(d.recorded()))
                        .append("</code></td><td><code>").append(esc(d.actual())).append("</code></td></tr>"));
                h.append("</table>");
            }
        }
        h.append("<h2>Undocumented fields seen</h2><ul>");
        undocumentedFields.forEach((api, fields) -> fields.forEach(f -> h.append("<li>").append(esc(api.toUpperCase(java.util.Locale.ROOT)))
                .append(": <code>").append(esc(f)).append("</code></li>")));
        h.append("</ul><h2>Documented fields no answer carried</h2><p>").append(esc(NOT_EXERCISED)).append("</p><ul>");
        notExercised.forEach((api, fields) -> fields.forEach(f -> h.append("<li>").append(esc(api.toUpperCase(java.util.Locale.ROOT)))
                .append(": ").append(esc(f.substring(0, f.indexOf(' ') + 1))).append("<code>").append(esc(f.substring(f.indexOf(' ') + 1)))
                .append("</code></li>")));
        h.append("</ul><h2>Doc defects</h2><p><a href=\"").append(esc(registerLink()))
                .append("\">The doc-defect register</a>: where the pages contradict themselves, and what the kit does about it.</p>");
        return h.append("</body></html>").toString();
    }

    private static String symbol(ScenarioOutcome.Verdict verdict) {
        return switch (verdict) {
            case PASSED -> "pass";
            case FAILED -> "**FAIL**";
            case WARNED -> "warn";
            case SKIPPED -> "skipped";
        };
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
