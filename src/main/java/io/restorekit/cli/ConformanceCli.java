package io.restorekit.cli;

import io.restorekit.config.KitSettings;
import io.restorekit.report.ScenarioOutcome;
import io.restorekit.runner.KitRuntime;
import io.restorekit.runner.SuiteLauncher;
import java.io.PrintStream;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The standalone runner: the same scenarios and verdicts as {@code mvn verify}, without Maven or the
 * source tree. Exit code 0 when no scenario failed, 1 when one did, 2 for a setting it cannot use.
 */
@Command(name = "restore-conformance", mixinStandardHelpOptions = true, version = "restore-conformance 0.1.0",
        description = "Runs the HBR DescribeRestoreJobs2 / DBS DescribeRestoreTaskList conformance suite against a target.")
public final class ConformanceCli implements Callable<Integer> {
    @Option(names = "--target", defaultValue = "stubs",
            description = "stubs (embedded reference, default), a base URL (http://host:port) or alibaba:<region>")
    String target;

    @Option(names = "--tags", description = "Cucumber tag expression, e.g. \"@hbr and not @negative\"")
    String tags;

    @Option(names = "--report-dir", defaultValue = "conformance-report", description = "where the reports go (default: ${DEFAULT-VALUE})")
    String reportDir;

    @Option(names = "--timeout", description = "seconds for each request (default 10)")
    String timeout;

    @Option(names = "--strict", description = "undocumented response fields fail instead of warn")
    boolean strict;

    @Option(names = "--serial", description = "run scenarios one at a time (default: in parallel, one per core)")
    boolean serial;

    @Option(names = "--kit-root", description = "a directory holding features/, schemas/, stubs/ (default: the current"
            + " directory when it has them, else the copy inside this jar)")
    String kitRoot;

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
        Properties props = new Properties();
        props.setProperty("kit.root", KitHome.resolve(kitRoot).toString());
        props.setProperty(KitSettings.TARGET, target);
        props.setProperty("conformance.report.dir", java.nio.file.Path.of(reportDir).toAbsolutePath().toString());
        props.setProperty("conformance.strict", Boolean.toString(strict));
        if (timeout != null) {
            props.setProperty("conformance.timeout", timeout);
        }
        System.getProperties().stringPropertyNames().stream()
                .filter(n -> n.startsWith("conformance.") && !props.containsKey(n))
                .forEach(n -> props.setProperty(n, System.getProperty(n)));
        // A setting it cannot use throws ConfigurationException here: one line and exit 2, by the handler in run().
        KitSettings settings = KitSettings.from(props, System.getenv());
        try (KitRuntime runtime = KitRuntime.open(settings, out)) {
            List<ScenarioOutcome> outcomes = SuiteLauncher.run(runtime, tags, !serial);
            boolean failed = outcomes.stream().anyMatch(o -> o.verdict() == ScenarioOutcome.Verdict.FAILED);
            return failed || outcomes.isEmpty() ? 1 : 0;
        }
    }
}
