package io.restorekit.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import io.cucumber.junit.platform.engine.Constants;
import io.restorekit.report.ScenarioOutcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.FileSource;
import io.restorekit.report.ReportPlugin;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the conformance suite in this JVM against a given {@link KitRuntime} and returns every scenario's
 * outcome — the same features, glue and reports as {@link ConformanceSuite}, for callers that run the suite
 * many times (the mutation panel) or without Maven (the standalone runner).
 */
public final class SuiteLauncher {
    private SuiteLauncher() {
    }

    /** The api and clause of the outcome that stands for a run stopped outside any scenario. */
    public static final String RUN = "RUN";

    /**
     * Runs the scenarios matching {@code tags} (a Cucumber tag expression; null or blank for all). A failure outside
     * any scenario (e.g. the {@code @BeforeAll} probe finding no HTTP answer) comes back as one FAILED outcome whose
     * api and clause are {@value #RUN} and whose message is the one line saying why.
     */
    public static List<ScenarioOutcome> run(KitRuntime runtime, String tags, boolean parallel) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectDirectory(runtime.settings().featuresDir().toFile()))
                .configurationParameter("junit.platform.discovery.issue.severity.critical", "error")
                .configurationParameter(Constants.GLUE_PROPERTY_NAME, "io.restorekit.steps")
                .configurationParameter(Constants.PLUGIN_PROPERTY_NAME, "io.restorekit.report.ReportPlugin")
                .configurationParameter(Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, "true")
                .configurationParameter(Constants.PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME, Boolean.toString(parallel));
        if (tags != null && !tags.isBlank()) {
            request.configurationParameter(Constants.FILTER_TAGS_PROPERTY_NAME, tags);
        }
        LauncherDiscoveryRequest discovery = request.build();
        OutcomeListener listener = new OutcomeListener(runtime.apis().all().stream()
                .map(io.restorekit.api.ApiDescriptor::id).collect(Collectors.toSet()));
        KitRuntime.install(runtime);
        try {
            LauncherFactory.create().execute(discovery, listener);
        } finally {
            KitRuntime.uninstall();
        }
        return listener.outcomes();
    }

    /** Collects one outcome per scenario (a JUnit test), tagged as Cucumber tagged it. */
    private static final class OutcomeListener implements TestExecutionListener {
        private final List<ScenarioOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        private final Set<String> apiIds;

        OutcomeListener(Set<String> apiIds) {
            this.apiIds = apiIds;
        }

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            if (test.isTest()) {
                outcomes.add(outcome(test, ScenarioOutcome.Verdict.SKIPPED, reason));
            }
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (!test.isTest()) {
                if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                    // A failure outside any scenario: the @BeforeAll probe found no HTTP answer, a hook failed or a
                    // feature could not be read. The engine then runs no scenario, so without this outcome the run
                    // would look clean: no scenario failed.
                    outcomes.add(runFailure(test, result));
                }
                return;
            }
            String message = result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("");
            ScenarioOutcome.Verdict verdict = switch (result.getStatus()) {
                case SUCCESSFUL -> ScenarioOutcome.Verdict.PASSED;
                case ABORTED -> ScenarioOutcome.Verdict.SKIPPED;
                case FAILED -> ScenarioOutcome.Verdict.FAILED;
            };
            outcomes.add(outcome(test, verdict, message));
        }

        private static ScenarioOutcome runFailure(TestIdentifier container, TestExecutionResult result) {
            String message = result.getThrowable().map(t -> t.getMessage() == null ? t.toString() : t.getMessage())
                    .orElse("FAILED");
            String location = container.getSource()
                    .filter(FileSource.class::isInstance).map(FileSource.class::cast)
                    .map(f -> ReportPlugin.relative(f.getFile().getPath()))
                    .orElse(container.getUniqueId());
            return new ScenarioOutcome(RUN, RUN, "The run stopped before its scenarios (" + container.getDisplayName() + ")",
                    location, ScenarioOutcome.Verdict.FAILED, message, List.of());
        }

        private ScenarioOutcome outcome(TestIdentifier test, ScenarioOutcome.Verdict verdict, String message) {
            List<String> tags = test.getTags().stream().map(TestTag::getName).toList();
            String location = test.getSource()
                    .filter(FileSource.class::isInstance).map(FileSource.class::cast)
                    .map(f -> ReportPlugin.relative(f.getFile().getPath())
                            + f.getPosition().map(p -> ":" + p.getLine()).orElse(""))
                    .orElse(test.getUniqueId());
            return ScenarioOutcome.of(apiIds, tags, test.getDisplayName(), location, verdict, message);
        }

        List<ScenarioOutcome> outcomes() {
            synchronized (outcomes) {
                return List.copyOf(outcomes);
            }
        }
    }
}
