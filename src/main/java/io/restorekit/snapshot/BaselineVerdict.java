package io.restorekit.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import io.restorekit.config.Setting;
import io.restorekit.config.SettingSources;
import io.restorekit.report.ResultsFile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Maven's verdict on a run with a baseline (the pom's {@code baseline-given} profiles, by antrun): failsafe then ignores the
 * scenarios' JUnit failures — a failure the baseline expects must not fail the build — and this step, at
 * {@code verify}, fails the build exactly when the run's {@code conformance-results.json} says {@code failed}. A
 * results file this build did not write fails it too: an old green file must never stand for this run.
 */
public final class BaselineVerdict {
    private BaselineVerdict() {
    }

    /** {@code args[0]}: the project folder (where the reports go by default). */
    public static void main(String[] args) throws IOException {
        SettingSources sources = SettingSources.system();
        Path reports = sources.find(Setting.REPORT_DIR).map(v -> Path.of(v.value().trim()))
                .orElse(Path.of(args[0]).resolve("target").resolve("conformance-report")).toAbsolutePath().normalize();
        Path results = reports.resolve(ResultsFile.NAME);
        long buildStarted = ManagementFactory.getRuntimeMXBean().getStartTime();
        if (!Files.isRegularFile(results) || Files.getLastModifiedTime(results).toMillis() < buildStarted) {
            throw new IllegalStateException("The run wrote no " + results + ", so it cannot be judged against the baseline");
        }
        JsonNode run = Recording.JSON.readTree(results.toFile()).path("run");
        if (!"passed".equals(run.path("verdict").asText())) {
            StringBuilder why = new StringBuilder("The run failed against the baseline");
            run.path("baseline").forEach(line -> {
                if (line.asText().startsWith("  worse: ")) {
                    why.append("\n").append(line.asText());
                }
            });
            if (!run.path("stoppedBecause").isNull()) {
                why.append("\n  ").append(run.path("stoppedBecause").asText());
            }
            throw new IllegalStateException(why.append("\n  (see ").append(reports.resolve("conformance-matrix.md"))
                    .append(")").toString());
        }
    }
}
