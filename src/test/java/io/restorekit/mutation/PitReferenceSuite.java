package io.restorekit.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import io.restorekit.TestApis;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.report.ScenarioOutcome;
import io.restorekit.runner.SuiteRuns;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PIT's one test (profile {@code pit}, docs/mutation.md): the whole conformance suite against a reference embedded in
 * this JVM, whose engine classes PIT mutates; it fails when any scenario fails, warns or is skipped, so a mutant of the
 * engine is killed exactly when the suite tells it from the documented behaviour. Not named {@code *Test}: the default
 * build does not run it (ReferenceConformanceTest already runs the suite against the reference there).
 */
class PitReferenceSuite {
    @Test
    void everyScenarioPassesAgainstTheEmbeddedReference() {
        List<ScenarioOutcome> outcomes;
        try (ReferenceServer server = ReferenceServer.start(TestApis.ROOT.resolve("stubs"), 0)) {
            outcomes = SuiteRuns.run(server.baseUrl(), "embedded reference under PIT", null,
                    TestApis.ROOT.resolve("target/pit-suite/" + ProcessHandle.current().pid()),
                    Map.of("conformance.timeout", PanelRunner.TIMEOUT_SECONDS));
        }
        assertThat(outcomes).as("scenarios run").hasSizeGreaterThan(130);
        assertThat(outcomes).as("scenarios that did not pass").filteredOn(o -> o.verdict() != ScenarioOutcome.Verdict.PASSED)
                .extracting(o -> o.location() + " " + o.verdict()).isEmpty();
    }
}
