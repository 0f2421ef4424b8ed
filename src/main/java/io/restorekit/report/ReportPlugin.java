package io.restorekit.report;

import io.cucumber.core.plugin.HtmlFormatter;
import io.cucumber.core.plugin.JUnitFormatter;
import io.cucumber.core.plugin.JsonFormatter;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.restorekit.config.KitSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Every report of a run, into the one directory its argument names ({@code io.restorekit.report.ReportPlugin:<folder>}):
 * Cucumber's HTML (the living documentation), JSON and JUnit XML, and the console summary per API. A listener on
 * Cucumber's event bus, so reports never need a second run; what the events do not carry (requests, replays, parity,
 * the target, the seed, findings, the baseline) it reads from the run's {@link ReportFacts}.
 */
public final class ReportPlugin implements ConcurrentEventListener {
    /** Shared by every report of the JVM's runs (the launcher's outcomes too): each feature file is read once. */
    public static final FeatureDocs DOCS = new FeatureDocs();
    private final Path reportDir;
    private final Path docsDir;
    private final RunTally tally = new RunTally();
    private final List<ConcurrentEventListener> formatters;
    private final PrintStream console;
    private final java.util.Set<String> apiIds;

    private final String settingsLine;
    private final boolean strict;
    private final java.time.Instant started = java.time.Instant.now();
    /** The contract edition the run holds its target to ({@code seed} when the settings are unusable). */
    private final String contract;
    /** Cucumber's JUnit XML, held until the run ends: a stopped run replaces it with a failing result. */
    private final HeldOutput junit;
    /** The run's facts, once its runtime is built (under Maven, by the first glue that needs it). */
    private final ReportFacts.Source runs;
    /** How reports name the target when no runtime was built. */
    private final String unstartedTarget;
    /** Whether Cucumber's HTML and JSON reports and the annotated doc pages are written. */
    private final boolean docPages;

    /**
     * As Cucumber builds it: {@code io.restorekit.report.ReportPlugin:<folder>}, the folder the reports go to; the
     * argument {@value #FOLDER_OF_SETTINGS} means the folder that setting names (by default
     * {@code target/conformance-report} under the kit root).
     */
    public ReportPlugin(String folder) {
        this(folder, ReportFacts.Source.find());
    }

    /** The argument that leaves the report folder to the settings ({@code conformance.report.dir}). */
    public static final String FOLDER_OF_SETTINGS = "conformance.report.dir";

    /**
     * {@code runs}: where the run's facts come from. When no run has started (a Maven run builds its runtime later, or
     * never when its settings are unusable: the {@code @BeforeAll} hook then stops the run with the one line saying why),
     * the reports still go where the settings name, so the stopped run leaves its reason.
     */
    ReportPlugin(String folder, ReportFacts.Source runs) {
        this.runs = runs;
        java.util.Optional<ReportFacts> run = runs.started();
        KitSettings settings = run.map(ReportFacts::settings).orElseGet(ReportPlugin::systemSettingsOrNull);
        io.restorekit.config.SettingSources system = io.restorekit.config.SettingSources.system();
        this.reportDir = FOLDER_OF_SETTINGS.equals(folder)
                ? (settings != null ? settings.reportDir() : KitSettings.reportDirOf(system))
                : Path.of(folder).toAbsolutePath().normalize();
        Path root = settings != null ? settings.root() : KitSettings.rootOf(system);
        this.docsDir = root.resolve("docs");
        this.console = run.map(ReportFacts::console).orElse(System.out);
        this.settingsLine = settings != null ? settings.describeGiven() : "unusable";
        this.strict = settings != null && settings.strict();
        this.contract = (settings != null ? settings.contract() : io.restorekit.config.Contract.SEED).id();
        this.apiIds = settings == null ? java.util.Set.of() : io.restorekit.api.ApiCatalog.load(settings.schemasDir()).all().stream()
                .map(io.restorekit.api.ApiDescriptor::id).collect(java.util.stream.Collectors.toSet());
        this.unstartedTarget = settings == null ? "no target (the settings are unusable)"
                : "target " + settings.target() + " (not started)";
        this.docPages = run.map(ReportFacts::cucumberReports).orElse(true);
        this.junit = new HeldOutput(reportDir.resolve("junit.xml"));
        try {
            Files.createDirectories(reportDir);
            this.formatters = docPages
                    ? List.of(new HtmlFormatter(open("index.html")), new JsonFormatter(open("cucumber.json")), new JUnitFormatter(junit))
                    : List.of(new JUnitFormatter(junit));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reports to " + reportDir + ": " + e.getMessage(), e);
        }
    }

    /** The command line's settings, or null when they are unusable. */
    private static KitSettings systemSettingsOrNull() {
        try {
            return KitSettings.fromSystem();
        } catch (io.restorekit.config.ConfigurationException e) {
            return null;
        }
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        formatters.forEach(f -> f.setEventPublisher(publisher));
        publisher.registerHandlerFor(TestCaseFinished.class, this::onFinished);
        publisher.registerHandlerFor(TestRunFinished.class, this::onRunFinished);
    }

    public RunTally tally() {
        return tally;
    }

    private void onFinished(TestCaseFinished event) {
        String id = event.getTestCase().getId().toString();
        java.util.Optional<ReportFacts> run = runs.started();
        ScenarioOutcome outcome = outcome(event.getTestCase(), event.getResult(), apiIds)
                .withRequests(run.map(r -> r.requestsOf(id)).orElse(RequestCount.NONE));
        tally.add(outcome.withReplay(CurlReplay.select(run.map(r -> r.replaysOf(id)).orElse(List.of()), outcome.message()))
                .withParity(run.map(r -> r.parityOf(outcome.location())).orElse(List.of())));
    }

    private void onRunFinished(TestRunFinished event) {
        Throwable error = event.getResult().getError();
        String stopped = error == null ? null : (error instanceof NothingChecked ? "" : STOPPED)
                + ConsoleSummary.firstLine(error.getMessage());
        if (stopped != null) {
            junit.replaceWith(RunReport.stoppedJunit(stopped));
        }
        java.util.Optional<ReportFacts> run = runs.started();
        run.ifPresent(r -> r.writeBaseline(tally.outcomes()));
        new RunReport(reportDir, docsDir, console, run.map(ReportFacts::deviations).orElse(KnownDeviations.NONE), docPages)
                .write(new ResultsFile.Run(run.map(ReportFacts::targetDescription).orElse(unstartedTarget), settingsLine,
                                contract, run.map(ReportFacts::seedValue).orElse(null), started, java.time.Instant.now(), strict,
                                stopped, run.flatMap(ReportFacts::estimatedRequests).orElse(null)), tally.outcomes(),
                        run.map(ReportFacts::fieldFindings).orElse(FieldFindings.NONE));
    }

    /** How a run that ended before its scenarios is announced. */
    public static final String STOPPED = "The run stopped before its scenarios: ";

    static ScenarioOutcome outcome(TestCase testCase, Result result, java.util.Set<String> apiIds) {
        List<String> tags = testCase.getTags().stream().map(t -> t.substring(1)).toList();
        ScenarioOutcome.Verdict verdict = ScenarioOutcome.verdictOf(result.getStatus() == Status.PASSED,
                result.getStatus() != Status.PASSED && result.getStatus() != Status.SKIPPED, result.getError());
        String message = result.getError() == null ? (verdict == ScenarioOutcome.Verdict.FAILED ? result.getStatus().name() : "")
                : result.getError().getMessage();
        String location = relative(testCase.getUri().getPath()) + ":" + testCase.getLocation().getLine();
        String doc = DOCS.docAt(java.nio.file.Path.of(testCase.getUri()), testCase.getLocation().getLine());
        return ScenarioOutcome.of(apiIds, tags, testCase.getName(), location, verdict, message, doc);
    }

    public static String relative(String path) {
        int at = path.indexOf("/features/");
        return at >= 0 ? path.substring(at + 1) : path;
    }

    private OutputStream open(String name) throws IOException {
        return Files.newOutputStream(reportDir.resolve(name));
    }
}
