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
import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
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
    public static final String RUN = ScenarioOutcome.RUN;

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
                .configurationParameter(Constants.OBJECT_FACTORY_PROPERTY_NAME, KitObjectFactory.class.getName())
                .configurationParameter(Constants.PLUGIN_PROPERTY_NAME,
                        ReportPlugin.class.getName() + ":" + runtime.settings().reportDir())
                .configurationParameter(Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, "true")
                .configurationParameter(Constants.PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME, Boolean.toString(parallel));
        // The other contract edition's scenarios are left out by ContractEditionFilter, as under Maven.
        if (tags != null && !tags.isBlank()) {
            request.filters(tagFilter(tags));
        }
        LauncherDiscoveryRequest discovery = request.build();
        OutcomeListener listener = new OutcomeListener(runtime);
        CurrentRun.enter(runtime);
        try {
            LauncherFactory.create().execute(discovery, listener);
        } finally {
            CurrentRun.leave();
        }
        return listener.outcomes();
    }

    /**
     * Leaves out, at discovery, the scenarios a Cucumber tag expression does not match (Cucumber's own
     * {@code cucumber.filter.tags} would report each of them as a skipped scenario instead).
     */
    static PostDiscoveryFilter tagFilter(String expression) {
        Expression parsed;
        try {
            parsed = TagExpressionParser.parse(expression);
        } catch (TagExpressionException e) {
            throw new io.restorekit.config.ConfigurationException("tag expression '" + expression + "' is not valid: "
                    + e.getMessage());
        }
        return descriptor -> {
            if (!descriptor.isTest()) {
                return FilterResult.included("containers are kept; their scenarios are filtered");
            }
            List<String> tags = descriptor.getTags().stream().map(t -> "@" + t.getName()).toList();
            return parsed.evaluate(tags) ? FilterResult.included("matches " + expression)
                    : FilterResult.excluded("does not match " + expression);
        };
    }

    /** Collects one outcome per scenario (a JUnit test), tagged as Cucumber tagged it. */
    private static final class OutcomeListener implements TestExecutionListener {
        private final List<ScenarioOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        private final Set<String> apiIds;
        private final KitRuntime runtime;

        OutcomeListener(KitRuntime runtime) {
            this.runtime = runtime;
            this.apiIds = runtime.apis().all().stream().map(io.restorekit.api.ApiDescriptor::id).collect(Collectors.toSet());
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
            ScenarioOutcome.Verdict verdict = ScenarioOutcome.verdictOf(result.getStatus() == TestExecutionResult.Status.SUCCESSFUL,
                    result.getStatus() == TestExecutionResult.Status.FAILED, result.getThrowable().orElse(null));
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
                    location, ScenarioOutcome.Verdict.FAILED, message, List.of(), "");
        }

        private ScenarioOutcome outcome(TestIdentifier test, ScenarioOutcome.Verdict verdict, String message) {
            List<String> tags = test.getTags().stream().map(TestTag::getName).toList();
            java.util.Optional<FileSource> file = test.getSource().filter(FileSource.class::isInstance).map(FileSource.class::cast);
            int line = file.flatMap(FileSource::getPosition).map(p -> p.getLine()).orElse(0);
            String location = file.map(f -> ReportPlugin.relative(f.getFile().getPath()) + ":" + line).orElse(test.getUniqueId());
            String doc = file.map(f -> ReportPlugin.DOCS.docAt(f.getFile().toPath(), line)).orElse("");
            return ScenarioOutcome.of(apiIds, tags, test.getDisplayName(), location, verdict, message, doc)
                    .withParity(runtime.parityOf(location));
        }

        List<ScenarioOutcome> outcomes() {
            synchronized (outcomes) {
                return List.copyOf(outcomes);
            }
        }
    }
}
