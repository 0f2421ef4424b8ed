package io.restorekit.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.TestApis;
import io.restorekit.config.ConfigurationException;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.report.ResultsFile;
import io.restorekit.report.ScenarioOutcome;
import io.restorekit.runner.ConformanceRun;
import io.restorekit.runner.RunResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The baseline round trip on the HBR paging scenarios: a run against a target with a known deviation fails; its
 * outcomes written as a baseline make the same run green, showing the baselined failures with their reason; a new
 * deviation on top is red again; and the correct target against that baseline is green, its fixes reported.
 */
class BaselineTest {
    private static final String TAGS = "@HBR.PageSize";

    @Test
    void greenAgainstTheRecordedDeviationsRedOnANewOne() throws Exception {
        Path work = SnapshotRuns.work("baseline");
        Path baseline = work.resolve("baseline.json");
        try (ReferenceServer server = ReferenceServer.start(TestApis.ROOT.resolve("stubs"), 0)) {
            // The known deviation: PageSize 100 accepted.
            useDeviations(server, false);
            Outcome first = run(server, work.resolve("first"), Map.of("conformance.baseline.write", baseline.toString()));
            assertThat(first.result().failed()).as("without a baseline the deviation fails the run").isTrue();
            assertThat(first.console()).contains("Baseline written: " + baseline);
            JsonNode written = new ObjectMapper().readTree(baseline.toFile());
            assertThat(written).isNotEmpty();
            assertThat(written.findValuesAsText("outcome")).contains("failed");
            // A reviewer states the reason.
            for (JsonNode entry : written) {
                ((ObjectNode) entry).put("reason", "reviewed: this target accepts PageSize 100");
            }
            new ObjectMapper().writeValue(baseline.toFile(), written);

            Outcome green = run(server, work.resolve("green"), Map.of("conformance.baseline", baseline.toString()));
            assertThat(green.result().failed()).as(green.console()).isFalse();
            assertThat(green.result().outcomes()).anyMatch(o -> o.verdict() == ScenarioOutcome.Verdict.FAILED);
            assertThat(green.console()).contains("Baseline " + baseline + ": 0 worse than the baseline, 0 better")
                    .contains("  baselined: features/hbr/paging.feature: ").contains("— reviewed: this target accepts PageSize 100");
            JsonNode results = new ObjectMapper().readTree(work.resolve("green").resolve(ResultsFile.NAME).toFile());
            assertThat(results.at("/run/verdict").asText()).isEqualTo("passed");
            assertThat(results.at("/run/counts/failed").asInt()).isPositive();
            assertThat(Files.readString(work.resolve("green/conformance-matrix.md"))).contains("## Against the baseline");

            // A new deviation on top: PageSize 0 accepted too.
            useDeviations(server, true);
            Outcome red = run(server, work.resolve("red"), Map.of("conformance.baseline", baseline.toString()));
            assertThat(red.result().failed()).isTrue();
            assertThat(red.console()).containsPattern("Baseline .*: [1-9]\\d* worse than the baseline")
                    .contains("  worse: features/hbr/paging.feature: ").contains("expected passed, now failed");
            JsonNode redResults = new ObjectMapper().readTree(work.resolve("red").resolve(ResultsFile.NAME).toFile());
            assertThat(redResults.at("/run/verdict").asText()).isEqualTo("failed");

            // The deviation fixed: green, and the baseline is said to be out of date.
            server.resetBehaviour();
            Outcome fixed = run(server, work.resolve("fixed"), Map.of("conformance.baseline", baseline.toString()));
            assertThat(fixed.result().failed()).isFalse();
            assertThat(fixed.console()).contains("  fixed — update the baseline: features/hbr/paging.feature: ")
                    .contains("expected failed, now passed");
        }
    }

    @Test
    void aBaselineItCannotUseIsOneLine() throws Exception {
        Path work = SnapshotRuns.work("bad-baseline");
        Files.createDirectories(work);
        Path bad = work.resolve("bad.json");
        Files.writeString(bad, "[{\"feature\": \"features/hbr/paging.feature\", \"name\": \"x\", \"outcome\": \"green\", \"reason\": \"r\"}]");
        assertThat(catchThrowable(() -> Baseline.load("CONFORMANCE_BASELINE", bad))).isInstanceOf(ConfigurationException.class)
                .hasMessage("CONFORMANCE_BASELINE='" + bad + "', entry 1 ('x'): \"outcome\" must be passed, failed, warned"
                        + " or skipped, not 'green'");
        Files.writeString(bad, "{not json");
        assertThat(catchThrowable(() -> Baseline.load("--baseline", bad))).hasMessageStartingWith("--baseline='" + bad
                + "' is not valid JSON: ").hasMessageNotContaining("\n");
        Files.writeString(bad, "[{\"feature\": \"features/hbr/paging.feature\", \"name\": \"x\", \"outcome\": \"failed\"}]");
        assertThat(catchThrowable(() -> Baseline.load("--baseline", bad))).hasMessageEndingWith(
                "has no \"reason\"; a baseline says why each deviation is accepted");
        assertThat(catchThrowable(() -> Baseline.load("--baseline", work.resolve("none.json"))))
                .hasMessageContaining("does not exist; name a baseline file");
    }

    record Outcome(RunResult result, String console) {
    }

    private static Outcome run(ReferenceServer server, Path reports, Map<String, String> more) {
        Map<String, String> settings = new java.util.HashMap<>(more);
        settings.put("conformance.target", server.baseUrl());
        settings.put("conformance.tags", TAGS);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8)) {
            RunResult result = ConformanceRun.run(SnapshotRuns.settings(reports, settings), true, out);
            return new Outcome(result, console.toString(StandardCharsets.UTF_8));
        }
    }

    /** PageSize 100 accepted (the known deviation), and with {@code more} PageSize 0 as well. */
    private static void useDeviations(ReferenceServer server, boolean more) {
        server.useBehaviour(server.behaviour().withRules("hbr", rules -> rules.with("/paging/size/min", more ? 0 : 1)
                .with("/paging/size/max", 100)));
    }

}
