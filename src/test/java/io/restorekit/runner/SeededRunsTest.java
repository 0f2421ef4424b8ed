package io.restorekit.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.restorekit.TestApis;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.report.ScenarioOutcome;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The same seed sends the same requests: two parallel runs of the DBS scenarios (the ClientToken ones among them) with
 * one seed put the same multiset of request lines on the wire, seen by a relay in front of the reference; a third run
 * with another seed does not (so the comparison can fail).
 */
class SeededRunsTest {
    private static final Pattern REQUEST_LINE = Pattern.compile("(?m)^(POST|GET) (\\S+) HTTP/1\\.1\\r?$");

    @Test
    void theSameSeedSendsTheSameRequestsAndAnotherSeedDoesNot() throws Exception {
        Map<String, Integer> first;
        Map<String, Integer> second;
        Map<String, Integer> other;
        try (ReferenceServer server = ReferenceServer.start(TestApis.ROOT.resolve("stubs"), 0)) {
            first = requests(server, "4711", "seed-a");
            second = requests(server, "4711", "seed-b");
            other = requests(server, "4712", "seed-c");
        }
        com.fasterxml.jackson.databind.JsonNode results = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                TestApis.ROOT.resolve("target/seed-a").resolve(io.restorekit.report.ResultsFile.NAME).toFile());
        assertThat(results.at("/run/seed").asLong()).as("run.seed in the results file").isEqualTo(4711L);
        assertThat(first.values().stream().mapToInt(Integer::intValue).sum()).as("requests sent").isGreaterThan(50);
        assertThat(second).as("the same seed, run again").isEqualTo(first);
        assertThat(other).as("another seed").isNotEqualTo(first);
        assertThat(other.keySet().stream().filter(k -> !first.containsKey(k)))
                .as("only the seeded ClientTokens differ").isNotEmpty().allMatch(k -> k.contains("ClientToken=kit-"));
    }

    /** The request lines one run sent, each with how often it was sent. */
    private static Map<String, Integer> requests(ReferenceServer server, String seed, String reports) throws Exception {
        try (LoopbackRelay relay = new LoopbackRelay(server.port())) {
            List<ScenarioOutcome> outcomes = SuiteRuns.run(relay.base().toString(), "relay", "@dbs",
                    TestApis.ROOT.resolve("target").resolve(reports), Map.of("conformance.seed", seed));
            assertThat(outcomes).isNotEmpty().noneMatch(o -> o.verdict() == ScenarioOutcome.Verdict.FAILED);
            Map<String, Integer> lines = new TreeMap<>();
            Matcher m = REQUEST_LINE.matcher(relay.sentText());
            while (m.find()) {
                lines.merge(m.group(1) + " " + m.group(2), 1, Integer::sum);
            }
            return lines;
        }
    }
}
