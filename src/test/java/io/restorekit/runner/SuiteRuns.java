package io.restorekit.runner;

import io.restorekit.TestApis;
import io.restorekit.config.KitSettings;
import io.restorekit.report.ScenarioOutcome;
import io.restorekit.target.Targets;
import io.restorekit.wire.RpcClient;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The suite in this JVM against a base URL, for the kit's own tests: its reports in one folder, its console silent. */
public final class SuiteRuns {
    private SuiteRuns() {
    }

    /** The scenarios matching {@code tags} (null: all), in parallel, with these settings added (property → value). */
    public static List<ScenarioOutcome> run(String baseUrl, String description, String tags, Path reportDir,
                                            Map<String, String> settings) {
        return run(TestApis.ROOT, baseUrl, description, tags, reportDir, settings);
    }

    /** As above, with the kit (features, schemas) of {@code root}. */
    public static List<ScenarioOutcome> run(Path root, String baseUrl, String description, String tags, Path reportDir,
                                            Map<String, String> settings) {
        Properties props = new Properties();
        props.setProperty("kit.root", root.toString());
        props.setProperty("conformance.report.dir", reportDir.toString());
        settings.forEach(props::setProperty);
        try (KitRuntime runtime = new KitRuntime(KitSettings.from(props, Map.of()),
                Targets.fixed(URI.create(baseUrl), description), RpcClient.RequestDecorator.NONE,
                new PrintStream(OutputStream.nullOutputStream()))) {
            return SuiteLauncher.run(runtime, tags, true);
        }
    }
}
