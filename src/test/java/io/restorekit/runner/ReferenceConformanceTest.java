package io.restorekit.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import io.restorekit.TestApis;
import io.restorekit.config.KitSettings;
import io.restorekit.reference.ReferenceServer;
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
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole suite against the reference stubs: every scenario passes, none is skipped, serial or parallel. */
class ReferenceConformanceTest {
    private static ReferenceServer server;

    @BeforeAll
    static void start() {
        server = ReferenceServer.start(TestApis.ROOT.resolve("stubs"), 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Map<String, ScenarioOutcome.Verdict> run(boolean parallel, Path reportDir) {
        Properties props = new Properties();
        props.setProperty("kit.root", TestApis.ROOT.toString());
        props.setProperty("conformance.report.dir", reportDir.toString());
        KitSettings settings = KitSettings.from(props, Map.of());
        Map<String, ScenarioOutcome.Verdict> verdicts = new TreeMap<>();
        try (KitRuntime runtime = new KitRuntime(settings, Targets.fixed(URI.create(server.baseUrl()), "reference"),
                RpcClient.RequestDecorator.NONE, new PrintStream(OutputStream.nullOutputStream()))) {
            List<ScenarioOutcome> outcomes = SuiteLauncher.run(runtime, null, parallel);
            outcomes.forEach(o -> verdicts.put(o.location() + " " + o.name(), o.verdict()));
            assertThat(outcomes).as("scenarios that did not pass").filteredOn(o -> o.verdict() != ScenarioOutcome.Verdict.PASSED)
                    .extracting(o -> o.location() + " " + o.verdict() + " " + o.message()).isEmpty();
        }
        return verdicts;
    }

    @Test
    void everyScenarioPassesAgainstTheReferenceAndParallelEqualsSerial() {
        Path reports = TestApis.ROOT.resolve("target/reference-conformance");
        Map<String, ScenarioOutcome.Verdict> parallel = run(true, reports.resolve("parallel"));
        Map<String, ScenarioOutcome.Verdict> serial = run(false, reports.resolve("serial"));
        assertThat(parallel).hasSizeGreaterThan(130).isEqualTo(serial);
        assertThat(reports.resolve("parallel/conformance-matrix.md")).content().contains("| HBR.PageSize | documented MUST, inferred SHOULD | pass |");
        // A dataset that carries every item field exercises every item rule: only envelope fields the reference
        // never sends (DBS's ErrCode on a success, HBR's Success on an error) stay unexercised.
        JsonNode fields = readJson(reports.resolve("parallel/conformance-results.json")).path("fields").path("notExercised");
        assertThat(fields.path("hbr")).extracting(JsonNode::asText).containsExactly("error /Success");
        assertThat(fields.path("dbs")).extracting(JsonNode::asText).containsExactly("response /ErrCode", "response /ErrMessage");
    }

    static JsonNode readJson(Path file) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
