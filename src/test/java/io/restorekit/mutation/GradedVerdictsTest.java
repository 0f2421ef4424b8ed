package io.restorekit.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.restorekit.TestApis;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.report.ResultsFile;
import io.restorekit.report.ScenarioOutcome;
import io.restorekit.report.ScenarioOutcome.Verdict;
import io.restorekit.runner.RunResult;
import io.restorekit.runner.SuiteRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Levels end to end: a broken SHOULD clause warns and leaves the run green, strict mode makes it fail, a broken MUST
 * clause fails; and every run's conformance-results.json is valid against its schema and agrees with the outcomes.
 */
class GradedVerdictsTest {
    private static ReferenceServer server;

    @BeforeAll
    static void start() {
        server = ReferenceServer.start(TestApis.ROOT.resolve("stubs"), 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void reset() {
        server.resetBehaviour();
    }

    private static Mutant mutant(List<Mutant> from, String breaks) {
        return from.stream().filter(m -> m.breaks().equals(breaks)).findFirst().orElseThrow();
    }

    private static List<ScenarioOutcome> run(String tags, boolean strict, Path reports) {
        return SuiteRuns.run(server.baseUrl(), "graded reference", tags, reports,
                Map.of("conformance.strict", Boolean.toString(strict)));
    }

    @Test
    void aBrokenShouldClauseWarnsAndTheRunPassesUnlessStrict() throws IOException {
        Mutant accepts100 = mutant(HbrMutants.all(), "PageSize 1.5 read as 1 (decimals truncated)");
        server.useBehaviour(accepts100.variant().apply(server));
        Path reports = TestApis.ROOT.resolve("target/graded/should");

        List<ScenarioOutcome> lenient = run("@HBR.PageSize", false, reports);
        assertThat(lenient).filteredOn(o -> o.verdict() == Verdict.WARNED).isNotEmpty()
                .allSatisfy(o -> assertThat(o.message()).startsWith("Warning (SHOULD): [HBR.PageSize]").contains("PageSize=1.5"));
        assertThat(lenient).noneMatch(o -> o.verdict() == Verdict.FAILED);
        assertThat(new RunResult(lenient, null).failed()).as("warnings alone do not fail the run").isFalse();
        String matrix = Files.readString(reports.resolve("conformance-matrix.md"));
        assertThat(matrix).contains("### Warnings in HBR").contains("inferred SHOULD");

        List<ScenarioOutcome> strict = run("@HBR.PageSize", true, TestApis.ROOT.resolve("target/graded/should-strict"));
        assertThat(strict).filteredOn(o -> o.verdict() == Verdict.FAILED).isNotEmpty()
                .allSatisfy(o -> assertThat(o.message()).contains("conformance.strict makes it fail"));
        assertThat(new RunResult(strict, null).failed()).isTrue();
    }

    @Test
    void aConventionBrokenInADocumentedScenarioWarnsWithoutHidingTheScenariosOwnClause() {
        Mutant html = mutant(WireMutants.all(), "JSON answers labelled Content-Type text/html");
        server.useBehaviour(html.variant().apply(server));
        List<ScenarioOutcome> outcomes = run("@HBR.Response.Envelope", false, TestApis.ROOT.resolve("target/graded/convention"));
        assertThat(outcomes).isNotEmpty().allSatisfy(o -> {
            assertThat(o.verdict()).isEqualTo(Verdict.WARNED);
            assertThat(o.message()).contains("labelled Content-Type: text/html");
        });
    }

    @Test
    void aBrokenMustClauseFails() {
        Mutant mutant = mutant(HbrMutants.all(), "PageSize 99 rejected (1 to 98)");
        server.useBehaviour(mutant.variant().apply(server));
        List<ScenarioOutcome> outcomes = run("@HBR.PageSize", false, TestApis.ROOT.resolve("target/graded/must"));
        assertThat(outcomes).filteredOn(o -> o.verdict() == Verdict.FAILED).isNotEmpty()
                .allSatisfy(o -> assertThat(o.grade().level().name()).isEqualTo("MUST"));
    }

    @Test
    void theResultsFileIsValidAndAgreesWithTheOutcomes() throws IOException {
        Path reports = TestApis.ROOT.resolve("target/graded/results");
        List<ScenarioOutcome> outcomes = run("@hbr and @negative", false, reports);
        JsonNode results = new ObjectMapper().readTree(reports.resolve(ResultsFile.NAME).toFile());

        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getDraft202012(),
                b -> b.schemas(Map.of("https://restorekit.invalid/schemas/conformance-results.schema.json",
                        read(TestApis.ROOT.resolve("schemas/conformance-results.schema.json")))));
        Schema schema = registry.getSchema(SchemaLocation.of("https://restorekit.invalid/schemas/conformance-results.schema.json"));
        assertThat(schema.validate(results)).as("conformance-results.json against its schema").isEmpty();

        assertThat(results.at("/scenarios")).hasSize(outcomes.size());
        assertThat(results.at("/run/counts/passed").asInt()).isEqualTo(outcomes.stream().filter(o -> o.verdict() == Verdict.PASSED).count());
        assertThat(results.at("/run/verdict").asText()).isEqualTo("passed");
        for (JsonNode s : results.at("/scenarios")) {
            assertThat(s.get("feature").asText()).startsWith("features/hbr/");
            assertThat(TestApis.ROOT.resolve(s.get("feature").asText())).exists();
            assertThat(s.get("requests").asInt()).as("requests of %s", s.get("name")).isPositive();
        }
        assertThat(results.findValuesAsText("basis")).contains("documented", "inferred");

        // And the schema can fail: a scenario with an outcome it does not know.
        ((com.fasterxml.jackson.databind.node.ObjectNode) results.at("/scenarios/0")).put("outcome", "green");
        assertThat(schema.validate(results)).isNotEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
