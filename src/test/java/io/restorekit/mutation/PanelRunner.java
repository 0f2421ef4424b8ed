package io.restorekit.mutation;

import io.restorekit.config.KitSettings;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.report.ScenarioOutcome;
import io.restorekit.runner.KitRuntime;
import io.restorekit.runner.SuiteLauncher;
import io.restorekit.target.Targets;
import io.restorekit.wire.RpcClient;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Runs the whole conformance suite, in this JVM, against one reference server whose behaviour is swapped per mutant:
 * no restart between runs. Each run gets a fresh {@link KitRuntime} (so no full listing is cached across mutants) and
 * its own report directory under {@code target/mutation-panel/runs/}.
 */
final class PanelRunner implements AutoCloseable {
    /** Seconds per request: the reference answers in milliseconds; a mutant never hangs. */
    static final String TIMEOUT_SECONDS = "5";

    private final Path root;
    private final Path panelDir;
    private final ReferenceServer server;
    private final boolean parallel;
    private final PrintStream silent = new PrintStream(OutputStream.nullOutputStream());

    PanelRunner(Path root, Path panelDir, boolean parallel) {
        this.root = root;
        this.panelDir = panelDir;
        this.parallel = parallel;
        this.server = ReferenceServer.start(root.resolve("stubs"), 0);
    }

    /** The suite against the documented reference. */
    MutantResult reference() {
        server.resetBehaviour();
        return run(null, "reference");
    }

    /** The suite against {@code mutant}; the documented behaviour is back afterwards, whatever happened. */
    MutantResult run(Mutant mutant) {
        server.useBehaviour(mutant.variant().apply(server));
        try {
            return run(mutant, mutant.slug());
        } finally {
            server.resetBehaviour();
        }
    }

    private MutantResult run(Mutant mutant, String name) {
        Path reportDir = panelDir.resolve("runs").resolve(name);
        Properties props = new Properties();
        props.setProperty("kit.root", root.toString());
        props.setProperty("conformance.timeout", TIMEOUT_SECONDS);
        props.setProperty("conformance.report.dir", reportDir.toString());
        KitSettings settings = KitSettings.from(props, Map.of());
        long started = System.nanoTime();
        List<ScenarioOutcome> outcomes;
        try (KitRuntime runtime = new KitRuntime(settings, Targets.fixed(URI.create(server.baseUrl()),
                "reference stubs" + (mutant == null ? "" : " with mutant " + mutant) + " at " + server.baseUrl()),
                RpcClient.RequestDecorator.NONE, silent).withoutCucumberReports()) {
            outcomes = SuiteLauncher.run(runtime, scope(mutant), parallel);
        }
        MutantResult result = new MutantResult(mutant, outcomes, Duration.ofNanos(System.nanoTime() - started));
        if (mutant != null && result.asExpected()) {
            // The expected verdict is in the panel report; keep only the small JUnit XML of the run.
            deleteQuietly(reportDir.resolve("index.html"));
            deleteQuietly(reportDir.resolve("cucumber.json"));
        }
        return result;
    }

    /**
     * The scenarios a mutant is judged by: those of the one API it alters (the other API's scenarios send another
     * action, which it leaves as documented), or every scenario for the reference and for mutants of the shared wire.
     */
    static String scope(Mutant mutant) {
        if (mutant == null || mutant.api().contains("+")) {
            return null;
        }
        return "@" + mutant.api().toLowerCase(java.util.Locale.ROOT);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
