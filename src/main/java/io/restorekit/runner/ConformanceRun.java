package io.restorekit.runner;

import io.restorekit.config.KitSettings;
import io.restorekit.report.RunReport;
import io.restorekit.report.ScenarioOutcome;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** One whole conformance run outside Maven: the target opened, the suite run, and a report even when nothing matched. */
public final class ConformanceRun {
    private ConformanceRun() {
    }

    public static RunResult run(KitSettings settings, boolean parallel, PrintStream console) {
        java.time.Instant started = java.time.Instant.now();
        try (KitRuntime runtime = KitRuntime.open(settings, console)) {
            List<ScenarioOutcome> outcomes = SuiteLauncher.run(runtime, settings.tags(), parallel);
            if (!outcomes.isEmpty()) {
                return new RunResult(outcomes, null, runtime.snapshots().deviations());
            }
            String reason = noScenarioMatched(settings.tags());
            // Cucumber did not run, so its reports in this folder, if any, are an earlier run's.
            try {
                for (String stale : List.of("index.html", "cucumber.json")) {
                    java.nio.file.Files.deleteIfExists(settings.reportDir().resolve(stale));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot clear " + settings.reportDir() + ": " + e.getMessage(), e);
            }
            new RunReport(settings.reportDir(), settings.root().resolve("docs"), console)
                    .write(new io.restorekit.report.ResultsFile.Run(runtime.target().description(), settings.describeGiven(),
                            settings.contract().id(), runtime.seed().value(), started, java.time.Instant.now(), settings.strict(),
                            reason), outcomes, io.restorekit.report.FieldFindings.NONE);
            return new RunResult(outcomes, reason);
        }
    }

    /** The one line for a tag expression that selects no scenario: a pass that checked nothing is not a pass. */
    public static String noScenarioMatched(String tags) {
        return tags == null || tags.isBlank() ? "no scenario was found under features/: nothing was checked"
                : "no scenario matched the tag expression '" + tags + "': nothing was checked";
    }
}
