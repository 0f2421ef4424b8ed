package io.restorekit.cli;

import io.restorekit.config.KitHome;
import io.restorekit.config.KitSettings;
import io.restorekit.config.Setting;
import io.restorekit.config.SettingSources;
import io.restorekit.runner.ConformanceRun;
import io.restorekit.runner.RunResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The standalone runner: the same scenarios and verdicts as {@code mvn verify}, without Maven or the
 * source tree. Exit code 0 when no scenario failed, 1 when one did (or the run stopped before its scenarios, or no
 * scenario matched the tags), 2 for a setting it cannot use.
 */
@Command(name = "restore-conformance", mixinStandardHelpOptions = true, version = "restore-conformance 0.1.0",
        description = "Runs the conformance suite of the kit's Describe* listing APIs (features/, schemas/) against a target.",
        footer = {"", "Each option also has a system property and an environment twin, tried in that order after the flag:",
                "--target = -Dconformance.target = CONFORMANCE_TARGET, and so on; the other settings (rate, retries,",
                "signature, endpoints) by java -Dconformance.<name>=... -jar or their CONFORMANCE_* twins (README: Settings).",
                "Exit code: 0 when no MUST clause failed, 1 when one did or the run checked nothing, 2 for a setting it",
                "cannot use."})
public final class ConformanceCli implements Callable<Integer> {
    // No defaults here: a flag left out falls back to -D and then to the environment twin (KitSettings).
    @Option(names = "--target", description = "stubs (embedded reference, default), a base URL (http://host:port),"
            + " alibaba:<region> or snapshot:<folder> (a recording)")
    String target;

    @Option(names = "--tags", description = "Cucumber tag expression, e.g. \"@hbr and not @negative\"")
    String tags;

    @Option(names = "--report-dir", description = "where the reports go (default: conformance-report)")
    String reportDir;

    @Option(names = "--timeout", description = "seconds for each request (default 10)")
    String timeout;

    @Option(names = "--strict", description = "warnings and undocumented response fields fail the run")
    boolean strict;

    @Option(names = "--contract", description = "seed (the pages, default) or metadata (the API metadata where it differs)")
    String contract;

    @Option(names = "--serial", description = "run scenarios one at a time (default: in parallel, one per core)")
    boolean serial;

    @Option(names = "--kit-root", description = "a directory holding features/, schemas/, stubs/ (default: the current"
            + " directory when it has them, else the copy inside this jar)")
    String kitRoot;

    @Option(names = "--seed", description = "the seed of the run's choices (ClientTokens); the same seed sends the same"
            + " requests (default: a fresh one, printed at the start)")
    String seed;

    @Option(names = "--record", description = "a folder: every exchange saved there as WireMock stub mappings")
    String record;

    @Option(names = "--parity", description = "a recording: every answer is also compared with the recorded answer to the"
            + " same request; each difference is a warning (a failure with --strict)")
    String parity;

    @Option(names = "--baseline", description = "a reviewed list of known deviations: the run fails only on outcomes"
            + " worse than it expects")
    String baseline;

    static final String DEFAULT_REPORT_DIR = "conformance-report";

    private final PrintStream out;

    public ConformanceCli() {
        this(System.out);
    }

    ConformanceCli(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(new ConformanceCli(out));
        line.setOut(new java.io.PrintWriter(out, true));
        line.setErr(new java.io.PrintWriter(err, true));
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("restore-conformance: " + e.getMessage());
            return 2;
        });
        return line.execute(args);
    }

    @Override
    public Integer call() {
        Map<Setting, String> flags = new LinkedHashMap<>();
        flags.put(Setting.TARGET, target);
        flags.put(Setting.TAGS, tags);
        flags.put(Setting.REPORT_DIR, reportDir);
        flags.put(Setting.TIMEOUT, timeout);
        flags.put(Setting.STRICT, strict ? "true" : null);
        flags.put(Setting.CONTRACT, contract);
        flags.put(Setting.KIT_ROOT, kitRoot);
        flags.put(Setting.SEED, seed);
        flags.put(Setting.RECORD, record);
        flags.put(Setting.PARITY, parity);
        flags.put(Setting.BASELINE, baseline);
        SettingSources sources = SettingSources.system().withFlags(flags);
        Path defaultRoot = sources.find(Setting.KIT_ROOT).isPresent() ? null : KitHome.defaultRoot();
        // A setting it cannot use throws ConfigurationException here: one line and exit 2, by the handler in run().
        KitSettings settings = KitSettings.from(sources, defaultRoot, Path.of(DEFAULT_REPORT_DIR));
        // The summary says why a run checked nothing (stopped, or no scenario matched): exit 1, like a failure.
        RunResult result = ConformanceRun.run(settings, !serial, out);
        return result.failed() ? 1 : 0;
    }
}
