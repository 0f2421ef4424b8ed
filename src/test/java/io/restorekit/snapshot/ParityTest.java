package io.restorekit.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.TestApis;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.report.ResultsFile;
import io.restorekit.report.ScenarioOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parity with a recording of the reference (the DBS scenarios): the reference, on another port, does not differ from
 * its own recording; a mutant whose error messages differ is found in every error answer, as a warning on the
 * scenario's clause with a structural diff in the console, the matrix and the results file — and, strict, as a failure.
 */
class ParityTest {
    private static Path recording;
    private static SnapshotRuns.Run recorded;

    @BeforeAll
    static void recordTheReference() throws Exception {
        recording = SnapshotRuns.work("parity").resolve("recording");
        recorded = SnapshotRuns.recordTheReference(recording, "@dbs", Map.of());
    }

    @Test
    void theReferenceDoesNotDifferFromItsOwnRecording() {
        SnapshotRuns.Run same;
        try (ReferenceServer other = ReferenceServer.start(TestApis.ROOT.resolve("stubs"), 0)) {
            same = SnapshotRuns.run(SnapshotRuns.settings(recording.resolveSibling("same-reports"), Map.of(
                    "conformance.target", other.baseUrl(), "conformance.parity", recording.toString())), "@dbs");
        }
        assertThat(same.outcomes()).allSatisfy(o -> assertThat(o.parity()).as(o.name()).isEmpty());
        assertThat(same.verdicts()).isEqualTo(recorded.verdicts());
        assertThat(same.console()).containsPattern("Parity with the recording at " + java.util.regex.Pattern.quote(
                recording.toString()) + ": [1-9][0-9]+ answers compared, 0 differ\\R").doesNotContain("not in the recording");
    }

    @Test
    void aMutantDiffersWhereverItsAnswersDo() throws Exception {
        Path reports = recording.resolveSibling("mutant-reports");
        SnapshotRuns.Run mutant = againstMutant(reports, Map.of());

        assertThat(mutant.count(ScenarioOutcome.Verdict.FAILED)).as("the contract still holds").isZero();
        var differing = mutant.outcomes().stream().filter(o -> !o.parity().isEmpty()).toList();
        assertThat(differing).hasSizeGreaterThan(3).allSatisfy(o -> {
            assertThat(o.verdict()).isEqualTo(ScenarioOutcome.Verdict.WARNED);
            assertThat(o.message()).contains("The answer differs from the recorded answer to the same request");
            assertThat(o.parity()).allSatisfy(d -> {
                assertThat(d.path()).isIn("/Message", "/ErrMessage");
                assertThat(d.actual()).endsWith(" (mutant)\"").startsWith(d.recorded().substring(0, d.recorded().length() - 1));
            });
        });
        assertThat(mutant.outcomes().stream().filter(o -> o.parity().isEmpty()))
                .as("answers that were not errors did not differ").isNotEmpty();

        assertThat(mutant.console()).contains("Differs from the recording (parity; ").containsPattern("/(Err)?Message: recorded \"");
        assertThat(Files.readString(reports.resolve("conformance-matrix.md")))
                .contains("## Parity: where the answers differ from the recording").contains("| `/ErrMessage` | `\"");
        JsonNode results = new ObjectMapper().readTree(reports.resolve(ResultsFile.NAME).toFile());
        assertThat(results.findValues("parity")).isNotEmpty();
        assertThat(results.findValuesAsText("path")).contains("/ErrMessage");

        SnapshotRuns.Run strict = againstMutant(recording.resolveSibling("strict-reports"), Map.of("conformance.strict", "true"));
        assertThat(strict.outcomes().stream().filter(o -> !o.parity().isEmpty()))
                .isNotEmpty().allSatisfy(o -> assertThat(o.verdict()).isEqualTo(ScenarioOutcome.Verdict.FAILED));
    }

    private static SnapshotRuns.Run againstMutant(Path reports, Map<String, String> more) {
        try (ReferenceServer server = ReferenceServer.start(TestApis.ROOT.resolve("stubs"), 0)) {
            server.useBehaviour(server.behaviour().withPostProcessor(body -> {
                for (String field : new String[] {"Message", "ErrMessage"}) {
                    if (body.hasNonNull(field)) {
                        ((ObjectNode) body).put(field, body.get(field).asText() + " (mutant)");
                    }
                }
                return body;
            }));
            Map<String, String> settings = new java.util.HashMap<>(more);
            settings.put("conformance.target", server.baseUrl());
            settings.put("conformance.parity", recording.toString());
            return SnapshotRuns.run(SnapshotRuns.settings(reports, settings), "@dbs");
        }
    }
}
