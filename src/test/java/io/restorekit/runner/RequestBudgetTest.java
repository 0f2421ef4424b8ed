package io.restorekit.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.TestApis;
import io.restorekit.api.ApiCatalog;
import io.restorekit.api.ApiDescriptor;
import io.restorekit.config.KitSettings;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.target.Targets;
import io.restorekit.wire.RpcClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The request estimate a run prints before its first scenario: its budget is what a run against the reference really
 * sends (so the committed budget is current), against the reference the estimate equals the count the run reports at
 * its end, and a larger or smaller listing scales only the later pages.
 */
class RequestBudgetTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theBudgetIsWhatARunAgainstTheReferenceSendsAndTheEstimateSaysSoBeforeItStarts() throws Exception {
        ApiCatalog apis = ApiCatalog.load(TestApis.ROOT.resolve("schemas"));
        Map<String, AtomicLong> laterPages = new ConcurrentHashMap<>();
        RpcClient.RequestDecorator counting = (method, endpoint, query, request) -> {
            ApiDescriptor.Paging paging = request.api().paging();
            String page = request.parameters().get(paging.pageParam());
            if (page != null && page.matches("\\d{1,9}") && Integer.parseInt(page) > paging.firstPage()) {
                laterPages.computeIfAbsent(request.api().id(), k -> new AtomicLong()).incrementAndGet();
            }
            return Map.of();
        };
        Path reports = TestApis.ROOT.resolve("target/request-budget");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (ReferenceServer server = ReferenceServer.start(TestApis.ROOT.resolve("stubs"), 0)) {
            Properties props = new Properties();
            props.setProperty("kit.root", TestApis.ROOT.toString());
            props.setProperty("conformance.report.dir", reports.toString());
            try (KitRuntime runtime = new KitRuntime(KitSettings.from(props, Map.of()), Targets.fixed(URI.create(server.baseUrl()),
                    "reference"), counting, new PrintStream(console, true, StandardCharsets.UTF_8))) {
                SuiteLauncher.run(runtime, null, true);
            }
            JsonNode sent = MAPPER.readTree(reports.resolve("conformance-results.json").toFile()).path("run").path("requests");
            ObjectNode measured = MAPPER.createObjectNode();
            for (ApiDescriptor api : apis.all()) {
                long total = new RpcClient(java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(5), null, null)
                        .call(URI.create(server.baseUrl()), io.restorekit.wire.RpcRequest.to(api)).json()
                        .path(api.paging().totalField()).asLong();
                measured.putObject(api.id()).put("measuredTotal", total)
                        .put("requests", sent.path("byApi").path(api.label()).asLong())
                        .put("laterPages", laterPages.getOrDefault(api.id(), new AtomicLong()).get());
            }
            JsonNode committed = MAPPER.readTree(TestApis.ROOT.resolve("features").resolve(RequestEstimate.FILE).toFile()).path("apis");
            assertThat(committed).as("features/" + RequestEstimate.FILE + " \"apis\" is not current; a run against the reference sent "
                    + measured.toPrettyString()).isEqualTo(MAPPER.readTree(measured.toString()));

            Matcher line = Pattern.compile("Estimate: about (\\d+) requests").matcher(console.toString(StandardCharsets.UTF_8));
            assertThat(line.find()).as(console.toString(StandardCharsets.UTF_8)).isTrue();
            assertThat(Long.parseLong(line.group(1))).isEqualTo(sent.path("sent").asLong());
            assertThat(sent.path("estimated").asLong(-1)).as("run.requests.estimated").isEqualTo(sent.path("sent").asLong());
            String text = console.toString(StandardCharsets.UTF_8);
            assertThat(text.indexOf("Estimate: ")).as("said before the run's summary").isLessThan(text.indexOf("Requests: "));
        }
    }

    @Test
    void laterPagesScaleWithTheListingAndTheRestDoesNot() {
        RequestEstimate estimate = new RequestEstimate(Map.of("a", new RequestEstimate.Budget(270, 293, 150)));
        assertThat(estimate.requests("a", 270)).contains(293L);
        assertThat(estimate.requests("a", 540)).contains(443L);
        assertThat(estimate.requests("a", 0)).contains(143L);
        assertThat(estimate.requests("b", 10)).isEmpty();
        assertThat(estimate.describe(Map.of("a", 540L), Map.of("a", "A"), 5))
                .isEqualTo("Estimate: about 443 requests for the whole suite (A 443) for A 540 items; at 5/s about 1 min 28 s");
        assertThat(estimate.describe(new java.util.LinkedHashMap<>(Map.of("a", 270L)), Map.of("a", "A"), 0)).endsWith("; no rate limit");
        assertThat(estimate.describe(Map.of("a", 1L), Map.of("a", "A"), 1000)).endsWith("; at 1000/s under 1 s");
        assertThat(estimate.describe(Map.of("a", 1L), Map.of("a", "A"), 0, "@A.PageSize")).endsWith("; the tag filter @A.PageSize sends fewer");
        assertThat(estimate.describe(new java.util.LinkedHashMap<>(Map.of("b", 3L)), Map.of("b", "B"), 0))
                .endsWith("no budget for B (" + RequestEstimate.FILE + ")");
    }

    @Test
    void aSuiteWithoutABudgetGetsNoEstimateAndABrokenOneIsOneLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assertThat(RequestEstimate.read(dir)).isEmpty();
        Files.writeString(dir.resolve(RequestEstimate.FILE), "{not json");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RequestEstimate.read(dir))
                .isInstanceOf(io.restorekit.config.ConfigurationException.class).hasMessageContaining(RequestEstimate.FILE);
    }

    @Test
    void theReadmesExampleIsWhatTheBudgetEstimates() throws Exception {
        String readme = Files.readString(TestApis.ROOT.resolve("README.md")).replaceAll("\\s+", " ");
        Matcher example = Pattern.compile("`(Estimate: about [^`]+)`").matcher(readme);
        assertThat(example.find()).as("an Estimate example in README.md").isTrue();
        Matcher items = Pattern.compile("for ([A-Z]+) (\\d+), ([A-Z]+) (\\d+) items; at (\\d+)/s").matcher(example.group(1));
        assertThat(items.find()).as(example.group(1)).isTrue();
        ApiCatalog apis = ApiCatalog.load(TestApis.ROOT.resolve("schemas"));
        Map<String, String> labels = new java.util.HashMap<>();
        Map<String, Long> totals = new java.util.LinkedHashMap<>();
        for (int g = 1; g <= 3; g += 2) {
            String label = items.group(g);
            ApiDescriptor api = apis.all().stream().filter(a -> a.label().equals(label)).findFirst().orElseThrow();
            labels.put(api.id(), label);
            totals.put(api.id(), Long.parseLong(items.group(g + 1)));
        }
        RequestEstimate estimate = RequestEstimate.read(TestApis.ROOT.resolve("features")).orElseThrow();
        assertThat(estimate.describe(totals, labels, Double.parseDouble(items.group(5)))).isEqualTo(example.group(1));
    }
}
