package io.restorekit.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.restorekit.TestApis;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.report.ScenarioOutcome;
import io.restorekit.report.ScenarioOutcome.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No pass that checked nothing: against the reference serving no data at all, only the scenarios that judge something
 * without data (acceptance, echoes, envelopes, errors, protocol) may pass; every other one is skipped with the reason.
 */
class EmptyDatasetTest {
    /**
     * Clause tags whose every scenario can judge a target that lists nothing: envelopes, echoes of paging parameters,
     * values accepted, protocol, generated requests. Besides these, any {@code @negative} scenario (an error answer is
     * judged whatever the data) and any "… is accepted …" scenario may pass.
     */
    static final Set<String> MAY_PASS = Set.of("HBR.Response.Envelope", "DBS.Response.Envelope", "HBR.Error.Envelope",
            "DBS.Error.Envelope", "HBR.Protocol.UnknownAction", "DBS.Protocol.UnknownAction", "HBR.Protocol.Version",
            "DBS.Protocol.Version", "HBR.Request.Generated", "DBS.Request.Generated", "HBR.PageSize", "DBS.PageSize",
            "HBR.PageNumber", "DBS.PageNum");

    static boolean mayPass(ScenarioOutcome o) {
        return MAY_PASS.contains(o.clause()) || o.tags().contains("negative") || o.name().contains(" is accepted");
    }

    @TempDir
    Path stubs;

    @Test
    void againstNoDataOnlyDataFreeScenariosPassAndTheRestSkipWithAReason() throws IOException {
        io.restorekit.TestFiles.copyTree(TestApis.ROOT.resolve("stubs"), stubs);
        try (Stream<Path> data = Files.list(stubs.resolve("data"))) {
            for (Path file : data.toList()) {
                Files.writeString(file, "{\"description\": \"no data\", \"records\": []}");
            }
        }
        List<ScenarioOutcome> outcomes;
        try (ReferenceServer server = ReferenceServer.start(stubs, 0)) {
            outcomes = SuiteRuns.run(server.baseUrl(), "reference with no data", null,
                    TestApis.ROOT.resolve("target/empty-dataset"), Map.of());
        }
        assertThat(outcomes).hasSizeGreaterThan(100);
        assertThat(outcomes).as("nothing fails or warns against a correct, empty target")
                .filteredOn(o -> o.verdict() == Verdict.FAILED || o.verdict() == Verdict.WARNED)
                .extracting(o -> o.location() + " " + o.verdict() + " " + o.message().lines().findFirst().orElse("")).isEmpty();
        Set<String> passedOutsideTheList = outcomes.stream().filter(o -> o.verdict() == Verdict.PASSED)
                .filter(o -> !mayPass(o))
                .map(o -> o.clause() + " " + o.location() + " " + o.name()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(passedOutsideTheList).as("passed against no data, though their clause needs data").isEmpty();
        assertThat(outcomes).filteredOn(o -> o.verdict() == Verdict.SKIPPED)
                .allSatisfy(o -> assertThat(o.message()).startsWith("Skipped: ").hasSizeGreaterThan(20));
        // No item was listed, so no item field's rule met an instance: each is reported not exercised, not passed.
        var notExercised = ReferenceConformanceTest.readJson(TestApis.ROOT.resolve("target/empty-dataset/conformance-results.json"))
                .path("fields").path("notExercised");
        assertThat(notExercised.path("hbr")).extracting(com.fasterxml.jackson.databind.JsonNode::asText)
                .contains("response /RestoreJobs/RestoreJob/*/RestoreId", "response /RestoreJobs/RestoreJob/*/Status")
                .doesNotContain("response /TotalCount", "response /RequestId");
        assertThat(notExercised.path("dbs")).extracting(com.fasterxml.jackson.databind.JsonNode::asText)
                .anyMatch(f -> f.startsWith("response /Items/RestoreTaskDetail/*/"));
        assertThat(TestApis.ROOT.resolve("target/empty-dataset/conformance-matrix.md")).content()
                .contains("## Documented fields no answer carried", "HBR: response `/RestoreJobs/RestoreJob/*/Status`");
    }

}
