package io.restorekit.report;

import io.restorekit.report.docpage.DocPages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every run leaves, however it ended: the conformance matrix, the results file, the annotated doc pages, the
 * console summary and — when the run stopped before its scenarios or checked nothing — a JUnit result that fails with
 * the reason, so no CI system reads an empty run as green.
 */
public final class RunReport {
    static final String DEFECT_REGISTER = "doc-defects.md";

    private final Path reportDir;
    private final Path docsDir;
    private final PrintStream console;
    private final KnownDeviations known;
    private final boolean docPages;

    public RunReport(Path reportDir, Path docsDir, PrintStream console) {
        this(reportDir, docsDir, console, KnownDeviations.NONE);
    }

    /** {@code known}: a baseline the run is judged against (conformance.baseline). */
    public RunReport(Path reportDir, Path docsDir, PrintStream console, KnownDeviations known) {
        this(reportDir, docsDir, console, known, true);
    }

    /** {@code docPages}: whether the annotated doc pages are written (a caller reading only the outcomes says no). */
    public RunReport(Path reportDir, Path docsDir, PrintStream console, KnownDeviations known, boolean docPages) {
        this.reportDir = reportDir;
        this.docsDir = docsDir;
        this.console = console;
        this.known = known;
        this.docPages = docPages;
    }

    /**
     * Writes the matrix and prints the summary. {@code stoppedBecause}: why the run checked nothing (it stopped before
     * its scenarios, or no scenario matched the tags), or null.
     */
    public void write(ResultsFile.Run run, List<ScenarioOutcome> outcomes, FieldFindings fields) {
        String target = run.target();
        String settingsLine = run.settings();
        String stoppedBecause = run.stoppedBecause();
        try {
            Files.createDirectories(reportDir);
            Path register = copyDefectRegister();
            new MatrixWriter(target, run.contract(), settingsLine, fields, register, stoppedBecause)
                    .withBaseline(known.summary(outcomes)).write(ConformanceMatrix.of(outcomes), reportDir);
            ResultsFile.write(reportDir, run, outcomes, fields, known);
            if (stoppedBecause != null) {
                // Always: a junit.xml left by an earlier run in this folder must not stand for this one.
                Files.writeString(reportDir.resolve("junit.xml"), stoppedJunit(stoppedBecause));
            }
        } catch (IOException e) {
            console.println("Could not write the reports to " + reportDir + ": " + e.getMessage());
        }
        // Last, and on its own: the annotated pages read the kit folder, and a page that cannot be made costs no other report.
        // A caller running the suite many times for its outcomes (the mutation panel) asked for no such reports.
        Path pages = docPages
                ? new DocPages(docsDir.toAbsolutePath().getParent()).writeOrSay(reportDir, run, outcomes, console) : null;
        RunTally tally = new RunTally();
        outcomes.forEach(tally::add);
        console.print(ConsoleSummary.render(target, run.contract(), settingsLine, tally, reportDir, stoppedBecause,
                known.summary(outcomes)));
        if (pages != null) {
            console.println("  Doc pages: " + pages.resolve("index.html"));
        }
        console.flush();
    }

    /** The register beside the reports, so the matrix's link works wherever the kit's own copy lives (or is deleted). */
    private Path copyDefectRegister() throws IOException {
        Path source = docsDir.resolve(DEFECT_REGISTER);
        Path copy = reportDir.resolve(DEFECT_REGISTER);
        if (Files.isRegularFile(source)) {
            Files.copy(source, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return copy;
        }
        return null;
    }

    /** One failing test case that says why the run checked nothing. */
    public static String stoppedJunit(String reason) {
        String why = xml(reason);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuite name=\"conformance\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" time=\"0\">\n"
                + "  <testcase classname=\"conformance\" name=\"The run checked no scenario\" time=\"0\">\n"
                + "    <error message=\"" + why + "\" type=\"RunStopped\">" + why + "</error>\n"
                + "  </testcase>\n"
                + "</testsuite>\n";
    }

    private static String xml(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
