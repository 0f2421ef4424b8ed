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
        return jar(Map.of(), List.of(), args);
    }

    /** The jar in its own JVM: {@code env} added to the environment, {@code jvmArgs} before {@code -jar}. */
    private Run jar(Map<String, String> env, List<String> jvmArgs, String... args) throws IOException, InterruptedException {
        return java(env, jvmArgs, List.of("-jar", JAR.toString()), args);
    }

    private Run java(Map<String, String> env, List<String> jvmArgs, List<String> main, String... args)
            throws IOException, InterruptedException {
        Files.createDirectories(tmp());
        List<String> command = new java.util.ArrayList<>(List.of("java", "-Djava.io.tmpdir=" + tmp()));
        command.addAll(jvmArgs);
        command.addAll(main);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        // The kit's own settings from this JVM's environment must not leak into the jar's run.
        builder.environment().keySet().removeIf(k -> k.startsWith("CONFORMANCE_") || k.equals("KIT_ROOT"));
        builder.environment().putAll(env);
        Process process = builder.start();
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
        // The jar carries the seed pages, so its runs write the annotated doc pages too.
        for (String api : List.of("hbr", "dbs")) {
            assertThat(reports.resolve("doc-pages/" + api + ".html")).content().contains("data-outcome=\"passed\"");
        }
        assertThat(run.output()).contains("Doc pages: ");

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

    /** The jar's own temporary folder: what it leaves behind there is checked. */
    private Path tmp() {
        return workDir.resolve("tmp");
    }

    private void assertNothingLeftInTmp() throws IOException {
        try (var left = Files.list(tmp())) {
            assertThat(left.map(p -> p.getFileName().toString())).as("left in the temporary folder").isEmpty();
        }
    }

    @Test
    void aBadSettingIsOneLineNamedAsTypedAndExitTwo() throws Exception {
        Run run = jar("--target", "localhost:8080");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.output().strip()).startsWith("restore-conformance: --target='localhost:8080' is not a target")
                .doesNotContain("\n").doesNotContain("Exception");
        assertNothingLeftInTmp();

        Run timeout = jar("--timeout", "0");
        assertThat(timeout.exit()).isEqualTo(2);
        assertThat(timeout.output().strip()).isEqualTo("restore-conformance: --timeout='0' is not a usable number of"
                + " seconds: it must be more than 0 and at most 3600");

        Run fromEnvironment = jar(Map.of("CONFORMANCE_TIMEOUT", "soon"), List.of());
        assertThat(fromEnvironment.output().strip()).startsWith("restore-conformance: CONFORMANCE_TIMEOUT='soon' is not");

        Run root = jar("--kit-root", "no-such-kit");
        assertThat(root.exit()).isEqualTo(2);
        assertThat(root.output().strip()).startsWith("restore-conformance: --kit-root='no-such-kit' is not a kit: ")
                .endsWith("does not exist; name the folder holding features/, schemas/ and stubs/").doesNotContain("\n");
    }

    /** The credentials chain in the jar: a CLI profile signs the run and is named; a profile no file has is exit 2. */
    @Test
    void aCliProfileSignsTheRunAndAMissingOneIsOneLineAndExitTwo() throws Exception {
        Path home = workDir.resolve("home-with-profile");
        Files.createDirectories(home.resolve(".aliyun"));
        String secret = "Jar/Profile+Secret=";
        Files.writeString(home.resolve(".aliyun/config.json"), "{\"current\": \"default\", \"profiles\": [{\"name\":"
                + " \"ci\", \"mode\": \"AK\", \"access_key_id\": \"LTAIjarprofile0001\", \"access_key_secret\": \""
                + secret + "\"}]}");
        Run signed = jar(Map.of("HOME", home.toString(), "ALIBABA_CLOUD_PROFILE", "ci"), List.of(),
                "--target", "stubs", "--tags", "@DBS.PageSize and @basis:documented", "--report-dir", "profile-report");
        assertThat(signed.exit()).as(signed.output()).isZero();
        assertThat(signed.output()).contains("credentials: profile \"ci\" from ~/.aliyun/config.json, AccessKeyId LTAI…0001,"
                + " signed ACS3-HMAC-SHA256").doesNotContain(secret);

        Run missing = jar(Map.of("HOME", home.toString(), "ALIBABA_CLOUD_PROFILE", "ghost"), List.of(), "--target", "stubs");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.output().strip()).isEqualTo("restore-conformance: ALIBABA_CLOUD_PROFILE='ghost' names no profile:"
                + " the kit looked in ~/.aliyun/config.json (no profile \"ghost\"; it has profiles ci)"
                + " and in ~/.alibabacloud/credentials.ini (no such file)");
        assertNothingLeftInTmp();
    }

    /** Every documented setting through its environment twin, then through -D: each one is honoured. */
    @Test
    void everySettingWorksThroughItsEnvironmentTwinAndItsProperty() throws Exception {
        String tags = "@DBS.PageSize.Default";
        for (String way : List.of("environment", "property")) {
            Path reports = workDir.resolve(way + "-reports");
            List<io.restorekit.config.SettingSamples.Sample> samples = io.restorekit.config.SettingSamples.all(
                    server.baseUrl(), ROOT.toString(), reports.toString(), tags);
            Map<String, String> env = new java.util.HashMap<>();
            List<String> props = new java.util.ArrayList<>();
            for (var sample : samples) {
                if (way.equals("environment")) {
                    env.put(sample.environment(), sample.value());
                } else {
                    props.add("-D" + sample.property() + "=" + sample.value());
                }
            }
            Run run = jar(env, props);
            assertThat(run.exit()).as(run.output()).isZero();
            assertThat(run.output()).contains("Conformance of URL " + server.baseUrl())
                    .containsPattern("DBS +passed +1 +failed +0").doesNotContainPattern("(?m)^ +HBR ");
            for (var sample : samples) {
                String origin = way.equals("environment") ? sample.environment() : "-D" + sample.property();
                assertThat(run.output()).as("%s through %s", sample.property(), way)
                        .contains(sample.property().replaceFirst("^conformance\\.", "") + "=" + sample.value() + " (" + origin + ")");
            }
            assertThat(reports.resolve("junit.xml")).as("reports where %s said", way).isNotEmptyFile();
            assertThat(workDir.resolve("conformance-report")).doesNotExist();
        }
        assertNothingLeftInTmp();
    }

    /** The false green of an emulator's CI configured the documented way: the environment's target is the one tested. */
    @Test
    void anUnreachableTargetFromTheEnvironmentFailsTheRunAndSaysSo() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Run run = jar(Map.of("CONFORMANCE_TARGET", "http://127.0.0.1:" + closed), List.of());
        assertThat(run.exit()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("Conformance of URL http://127.0.0.1:" + closed)
                .contains("The run stopped before its scenarios: ").contains("connection refused")
                .doesNotContain("embedded reference");
        Path reports = workDir.resolve("conformance-report");
        assertThat(Files.readString(reports.resolve("junit.xml"))).contains("errors=\"1\"").contains("connection refused");
        assertThat(Files.readString(reports.resolve("conformance-matrix.md"))).contains("The run checked nothing")
                .contains("connection refused");
        assertNothingLeftInTmp();
    }

    @Test
    void tagsMatchingNothingFailTheRunWithOneLineAndAReport() throws Exception {
        // An earlier, green run's reports in the same folder must not stand for this one.
        Files.createDirectories(workDir.resolve("reports"));
        Files.writeString(workDir.resolve("reports/junit.xml"), "<testsuite tests=\"1\" errors=\"0\"/>");
        Files.writeString(workDir.resolve("reports/index.html"), "<html>an earlier run</html>");
        Run run = jar("--tags", "@no-such-tag", "--report-dir", "reports");
        assertThat(run.exit()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).containsOnlyOnce("no scenario matched the tag expression '@no-such-tag': nothing was checked");
        assertThat(Files.readString(workDir.resolve("reports/junit.xml"))).contains("errors=\"1\"").contains("@no-such-tag");
        assertThat(workDir.resolve("reports/index.html")).doesNotExist();
        assertThat(run.output()).doesNotContain("Report: ");
        assertThat(Files.readString(workDir.resolve("reports/conformance-matrix.md"))).contains("no scenario matched");
        assertThat(workDir.resolve("reports/doc-defects.md")).as("the matrix's link works from the report folder")
                .isNotEmptyFile();
    }

    @Test
    void theStubServerServesThePackagedStubsAndABusyPortIsOneLine() throws Exception {
        List<String> main = List.of("-cp", JAR.toString(), "io.restorekit.reference.ReferenceServerMain");
        try (java.net.ServerSocket busy = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Run run = java(Map.of(), List.of(), main, "--port", Integer.toString(busy.getLocalPort()));
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.output().strip()).isEqualTo("reference-stubs: port " + busy.getLocalPort() + " on 127.0.0.1 is"
                    + " already in use; stop what holds it, or pass --port <another port> (--port 0 picks a free one)");
        }
        Run reading = java(Map.of(), List.of(), main, "--port", "0", "--reading", "lenient");
        assertThat(reading.exit()).isEqualTo(2);
        assertThat(reading.output().strip()).isEqualTo("reference-stubs: 'lenient' is not a reading; accepted: documented, liberal");
        // No stubs/ here (the work folder is empty): the packaged stubs are served.
        Process process = new ProcessBuilder("java", "-Djava.io.tmpdir=" + tmp(), "-cp", JAR.toString(),
                "io.restorekit.reference.ReferenceServerMain", "--port", "0")
                .directory(workDir.toFile()).redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            assertThat(first).startsWith("Reference stubs listening on http://127.0.0.1:").contains("/stubs)");
            String base = first.replaceAll("^Reference stubs listening on (http://127\\.0\\.0\\.1:\\d+).*$", "$1");
            var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    URI.create(base + "/?Action=DescribeRestoreTaskList&Version=2019-03-06&Format=JSON"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).timeout(java.time.Duration.ofSeconds(10)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"Success\":true");
        } finally {
            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertNothingLeftInTmp();
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
