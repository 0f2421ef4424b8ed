package io.restorekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.config.KitSettings;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.report.ScenarioOutcome;
import io.restorekit.runner.KitRuntime;
import io.restorekit.runner.SuiteLauncher;
import io.restorekit.target.Targets;
import io.restorekit.wire.RpcClient;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as an emulator author runs it: another directory, no source tree, no Maven. */
class StandaloneJarIT {
    private static final Path ROOT = Path.of(System.getProperty("kit.root")).toAbsolutePath();
    private static final Path JAR = Path.of(System.getProperty("kit.jar"));
    private static ReferenceServer server;

    @TempDir
    Path workDir;

    @BeforeAll
    static void startReference() {
        server = ReferenceServer.start(ROOT.resolve("stubs"), 0);
    }

    @AfterAll
    static void stopReference() {
        server.close();
    }

    record Run(int exit, String output) {
    }

    private Run jar(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("java", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the jar did not finish within 5 minutes");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void runsTheSuiteAgainstAUrlWithTheSameVerdictsAsAnInProcessRun() throws Exception {
        Run run = jar("--target", server.baseUrl(), "--report-dir", "reports");

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("Conformance of URL " + server.baseUrl()).containsPattern("HBR +passed +\\d+ +failed +0")
                .containsPattern("DBS +passed +\\d+ +failed +0");
        Path reports = workDir.resolve("reports");
        assertThat(reports.resolve("index.html")).isNotEmptyFile();
        assertThat(reports.resolve("junit.xml")).isNotEmptyFile();
        assertThat(reports.resolve("conformance-matrix.md")).isNotEmptyFile();

        Map<String, String> jarVerdicts = verdictsFromCucumberJson(reports.resolve("cucumber.json"));
        Properties props = new Properties();
        props.setProperty("kit.root", ROOT.toString());
        props.setProperty("conformance.report.dir", workDir.resolve("in-process").toString());
        KitSettings settings = KitSettings.from(props, Map.of());
        Map<String, String> inProcess = new TreeMap<>();
        try (KitRuntime runtime = new KitRuntime(settings, Targets.fixed(URI.create(server.baseUrl()), "reference"),
                RpcClient.RequestDecorator.NONE, new PrintStream(OutputStream.nullOutputStream()))) {
            for (ScenarioOutcome o : SuiteLauncher.run(runtime, null, true)) {
                inProcess.put(o.location(), o.verdict().name());
            }
        }
        assertThat(jarVerdicts).hasSizeGreaterThan(100).isEqualTo(inProcess);
    }

    @Test
    void exitsNonZeroWhenAScenarioFails() throws Exception {
        server.useBehaviour(server.behaviour().withPostProcessor(body -> ((ObjectNode) body).without("RequestId")));
        try {
            Run run = jar("--target", server.baseUrl(), "--tags", "@DBS.PageSize.Default", "--report-dir", "reports");
            assertThat(run.exit()).as(run.output()).isEqualTo(1);
            assertThat(run.output()).containsPattern("DBS +passed +0 +failed +1").contains("RequestId");
        } finally {
            server.resetBehaviour();
        }
    }

    @Test
    void aBadSettingIsOneLineAndExitTwo() throws Exception {
        Run run = jar("--target", "localhost:8080");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.output().strip()).startsWith("restore-conformance: conformance.target='localhost:8080' is not a target")
                .doesNotContain("\n").doesNotContain("Exception");
    }

    /** features/…:line → PASSED / FAILED / SKIPPED from Cucumber's JSON report. */
    static Map<String, String> verdictsFromCucumberJson(Path json) throws IOException {
        Map<String, String> verdicts = new TreeMap<>();
        for (JsonNode feature : new ObjectMapper().readTree(json.toFile())) {
            String uri = feature.get("uri").asText();
            String path = uri.substring(uri.indexOf("features/"));
            for (JsonNode scenario : feature.path("elements")) {
                if (!"scenario".equals(scenario.path("type").asText())) {
                    continue;
                }
                String verdict = "PASSED";
                for (String section : new String[] {"before", "steps", "after"}) {
                    for (JsonNode step : scenario.path(section)) {
                        String status = step.path("result").path("status").asText();
                        if (status.equals("failed") || status.equals("undefined") || status.equals("ambiguous")) {
                            verdict = "FAILED";
                        } else if (status.equals("skipped") && verdict.equals("PASSED")) {
                            verdict = "SKIPPED";
                        }
                    }
                }
                verdicts.put(path + ":" + scenario.get("line").asInt(), verdict);
            }
        }
        return verdicts;
    }
}
