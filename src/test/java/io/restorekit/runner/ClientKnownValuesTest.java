package io.restorekit.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.TestApis;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.report.ScenarioOutcome;
import io.restorekit.report.ScenarioOutcome.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A job Status the page does not list but the official Terraform provider knows (RUNNING) is evidence, not a breach:
 * the scenario warns naming the register entry. A status no source knows still fails the MUST schema check.
 */
class ClientKnownValuesTest {
    private static ReferenceServer server;

    @BeforeAll
    static void start() {
        server = ReferenceServer.start(TestApis.ROOT.resolve("stubs"), 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<ScenarioOutcome> runWithFirstJobStatus(String status, String folder) {
        server.useBehaviour(server.behaviour().withPostProcessor(body -> {
            JsonNode jobs = body.path("RestoreJobs").path("RestoreJob");
            if (jobs.isArray() && !jobs.isEmpty()) {
                ((ObjectNode) jobs.get(0)).put("Status", status);
            }
            return body;
        }));
        try {
            return SuiteRuns.run(server.baseUrl(), "reference, first job " + status, "@HBR.Response.Items",
                    TestApis.ROOT.resolve("target/client-known-values/" + folder), Map.of());
        } finally {
            server.resetBehaviour();
        }
    }

    @Test
    void aStatusTheClientsKnowWarnsWithTheEvidence() {
        List<ScenarioOutcome> outcomes = runWithFirstJobStatus("RUNNING", "running");
        assertThat(outcomes).isNotEmpty().noneMatch(o -> o.verdict() == Verdict.FAILED);
        assertThat(outcomes).filteredOn(o -> o.verdict() == Verdict.WARNED).isNotEmpty()
                .allSatisfy(o -> assertThat(o.message()).contains("\"RUNNING\"").contains("HBR-D18"));
    }

    @Test
    void aStatusNoSourceKnowsStillFails() {
        assertThat(runWithFirstJobStatus("BOGUS", "bogus")).filteredOn(o -> o.verdict() == Verdict.FAILED).isNotEmpty()
                .allSatisfy(o -> assertThat(o.message()).contains("BOGUS"));
    }
}
