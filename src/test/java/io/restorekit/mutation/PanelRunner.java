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
 * Runs the conformance suite (the scenarios that judge the mutant, see {@link #scope}), in this JVM, against one
 * reference server whose behaviour is swapped per mutant:
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
    private final java.util.Set<String> tags;

    /** {@code root}: the kit (features, schemas, stubs) whose suite runs against its own reference. */
    PanelRunner(Path root, Path panelDir, boolean parallel) {
        this.root = root;
        this.panelDir = panelDir;
        this.parallel = parallel;
        this.tags = featureTags(root.resolve("features"));
        this.server = ReferenceServer.start(root.resolve("stubs"), 0);
    }

    /** The suite against the documented reference. */
    MutantResult reference() {
        server.resetBehaviour();
        return run(null, "reference", null);
    }

    /** The suite against {@code mutant}; the documented behaviour is back afterwards, whatever happened. */
    MutantResult run(Mutant mutant) {
        return run(mutant, scope(mutant));
    }

    /** The scenarios matching {@code tags} (null: all) against {@code mutant}. */
    MutantResult run(Mutant mutant, String tags) {
        server.useBehaviour(mutant.variant().apply(server));
        try {
            return run(mutant, mutant.slug(), tags);
        } finally {
            server.resetBehaviour();
        }
    }

    private MutantResult run(Mutant mutant, String name, String tags) {
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
            outcomes = SuiteLauncher.run(runtime, tags, parallel);
        }
        MutantResult result = new MutantResult(mutant, outcomes, Duration.ofNanos(System.nanoTime() - started), tags);
        if (mutant != null && result.asExpected()) {
            // The expected verdict is in the panel report; keep only the small JUnit XML of the run.
            deleteQuietly(reportDir.resolve("index.html"));
            deleteQuietly(reportDir.resolve("cucumber.json"));
        }
        return result;
    }

    /**
     * The scenarios a mutant is judged by. An equivalent mutant: every scenario of the API it alters (the other API's
     * scenarios send another action, which it leaves as documented), or every scenario for mutants of the shared wire
     * — the claim that no documented clause tells it apart is checked against all of them. A mutant that must be
     * killed: the scenarios of its own clause (and of the clauses it names in {@link Mutant#alsoJudgedBy()}), so it
     * is killed by the clause it breaks and no other; a wire mutant whose clause no scenario is tagged with runs the
     * whole suite. Null (every scenario) for the reference.
     */
    String scope(Mutant mutant) {
        if (mutant == null) {
            return null;
        }
        List<String> clauses = new java.util.ArrayList<>();
        clauses.add(mutant.clause());
        clauses.addAll(mutant.alsoJudgedBy());
        boolean tagged = clauses.stream().allMatch(c -> tags.contains("@" + c));
        if (!mutant.isEquivalent() && tagged) {
            return clauses.stream().map(c -> "@" + c).collect(java.util.stream.Collectors.joining(" or "));
        }
        return apiScope(mutant);
    }

    /** Every scenario of the mutant's API, or null (all) for a mutant of the wire both APIs share. */
    static String apiScope(Mutant mutant) {
        return mutant.api().contains("+") ? null : "@" + mutant.api().toLowerCase(java.util.Locale.ROOT);
    }

    /** Every tag written in the kit's feature files (scenario, outline and feature tags alike). */
    private static java.util.Set<String> featureTags(Path featuresDir) {
        try (java.util.stream.Stream<Path> files = Files.walk(featuresDir)) {
            java.util.Set<String> tags = new java.util.HashSet<>();
            for (Path f : files.filter(f -> f.toString().endsWith(".feature")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    String text = line.strip();
                    if (text.startsWith("@")) {
                        tags.addAll(List.of(text.split("\\s+")));
                    }
                }
            }
            return java.util.Set.copyOf(tags);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
