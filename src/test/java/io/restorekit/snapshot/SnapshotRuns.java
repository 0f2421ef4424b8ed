package io.restorekit.snapshot;

import io.restorekit.TestApis;
import io.restorekit.config.KitSettings;
import io.restorekit.report.ScenarioOutcome;
import io.restorekit.runner.KitRuntime;
import io.restorekit.runner.SuiteLauncher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Whole suite runs for the snapshot tests: settings as the user gives them, the target opened as a run opens it. */
final class SnapshotRuns {
    private SnapshotRuns() {
    }

    record Run(List<ScenarioOutcome> outcomes, String console) {
        /** Every scenario's verdict, by location and name. */
        Map<String, ScenarioOutcome.Verdict> verdicts() {
            Map<String, ScenarioOutcome.Verdict> out = new TreeMap<>();
            outcomes.forEach(o -> out.put(o.location() + " " + o.name(), o.verdict()));
            return out;
        }

        long count(ScenarioOutcome.Verdict verdict) {
            return outcomes.stream().filter(o -> o.verdict() == verdict).count();
        }
    }

    static Path work(String name) throws IOException {
        Path dir = TestApis.ROOT.resolve("target").resolve("snapshot-tests").resolve(name);
        delete(dir);
        return dir;
    }

    static KitSettings settings(Path reports, Map<String, String> given) {
        Properties props = new Properties();
        props.setProperty("kit.root", TestApis.ROOT.toString());
        props.setProperty("conformance.report.dir", reports.toString());
        given.forEach(props::setProperty);
        return KitSettings.from(props, Map.of());
    }

    /** The scenarios matching {@code tags} (null: all), in parallel, against the target the settings name. */
    static Run run(KitSettings settings, String tags) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
             KitRuntime runtime = KitRuntime.open(settings, out)) {
            List<ScenarioOutcome> outcomes = SuiteLauncher.run(runtime, tags, true);
            return new Run(outcomes, console.toString(StandardCharsets.UTF_8));
        }
    }

    /** The scenarios matching {@code tags} run against the reference and recorded into {@code recording}. */
    static Run recordTheReference(Path recording, String tags, Map<String, String> more) {
        try (io.restorekit.reference.ReferenceServer server = io.restorekit.reference.ReferenceServer.start(
                TestApis.ROOT.resolve("stubs"), 0)) {
            Map<String, String> given = new java.util.HashMap<>(more);
            given.put("conformance.target", server.baseUrl());
            given.put("conformance.record", recording.toString());
            return run(settings(recording.resolveSibling("recorded-reports"), given), tags);
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
