package io.restorekit.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.restorekit.config.SettingSamples;
import io.restorekit.reference.ReferenceServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Maven command, run for real on this pom (in a build folder of its own, from the classes this build
 * compiled): every setting through its environment twin and through -D reaches the suite, a named target runs the
 * suite only, and a run that cannot reach its target fails with a JUnit result that says why.
 */
class MavenRunnerIT {
    private static final Path ROOT = Path.of(System.getProperty("kit.root")).toAbsolutePath();
    private static final String TAGS = "@DBS.PageSize.Default";
    private static ReferenceServer server;

    @TempDir
    Path work;

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

    private Run maven(Map<String, String> env, List<String> props) throws IOException, InterruptedException {
        Path build = work.resolve("build");
        io.restorekit.TestFiles.copyTree(ROOT.resolve("target/classes"), build.resolve("classes"));
        io.restorekit.TestFiles.copyTree(ROOT.resolve("target/maven-status"), build.resolve("maven-status"));
        List<String> command = new ArrayList<>(List.of(System.getProperty("kit.maven", "mvn"), "-o", "-B", "-ntp", "verify",
                "-Dkit.build.directory=" + build));
        String repo = System.getProperty("kit.maven.repo");
        if (repo != null && !repo.isBlank()) {
            command.add("-Dmaven.repo.local=" + repo);
        }
        command.addAll(props);
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("CONFORMANCE_") || k.equals("KIT_ROOT"));
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn did not finish within 5 minutes");
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }


    /** Under Maven the project is the kit: kit.root is set by the pom, not by the user. */
    private static List<SettingSamples.Sample> samples(String target, Path reports) {
        return SettingSamples.all(target, ROOT.toString(), reports.toString(), TAGS).stream()
                .filter(s -> !s.property().equals("kit.root")).toList();
    }

    @Test
    void theEnvironmentTwinsReachTheSuiteAndANamedTargetRunsOnlyTheSuite() throws Exception {
        Path reports = work.resolve("env-reports");
        Map<String, String> env = new HashMap<>();
        List<SettingSamples.Sample> samples = samples(server.baseUrl(), reports);
        samples.forEach(s -> env.put(s.environment(), s.value()));

        Run run = maven(env, List.of());

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("Conformance of URL " + server.baseUrl())
                .containsPattern("DBS +passed +1 +failed +0").doesNotContain("embedded reference")
                .as("the kit's own tests are skipped").contains("Not compiling test sources").doesNotContain("Running io.restorekit.");
        for (SettingSamples.Sample s : samples) {
            assertThat(run.output()).as(s.environment())
                    .contains(s.property().replaceFirst("^conformance\\.", "") + "=" + s.value() + " (" + s.environment() + ")");
        }
        assertThat(reports.resolve("junit.xml")).isNotEmptyFile();
        // The annotated doc pages come with every run, written by the report hook both runners share.
        assertThat(reports.resolve("doc-pages/dbs.html")).content().contains("data-outcome=\"passed\"");
        assertThat(run.output()).contains("Doc pages: " + reports.resolve("doc-pages/index.html"));
    }

    @Test
    void thePropertiesReachTheSuiteAndAnUnreachableTargetFailsWithAJUnitResultThatSaysWhy() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Path reports = work.resolve("property-reports");
        List<SettingSamples.Sample> samples = samples("http://127.0.0.1:" + closed, reports);
        List<String> props = samples.stream().map(s -> "-D" + s.property() + "=" + s.value()).toList();

        Run run = maven(Map.of(), props);

        assertThat(run.exit()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("Conformance of URL http://127.0.0.1:" + closed)
                .contains("The run stopped before its scenarios: ").contains("connection refused")
                .doesNotContain("Running io.restorekit.reference");
        for (SettingSamples.Sample s : samples) {
            assertThat(run.output()).as(s.property())
                    .contains(s.property().replaceFirst("^conformance\\.", "") + "=" + s.value() + " (-D" + s.property() + ")");
        }
        String junit = Files.readString(reports.resolve("junit.xml"));
        assertThat(junit).contains("errors=\"1\"").contains("connection refused");
    }

    /** A profile no file has stops the Maven run before any request, with the one line the jar prints too. */
    @Test
    void aMissingProfileStopsTheRunWithOneLine() throws Exception {
        Path home = work.resolve("home-without-profiles");
        Files.createDirectories(home);
        Path reports = work.resolve("profile-reports");
        Run run = maven(Map.of("HOME", home.toString(), "ALIBABA_CLOUD_PROFILE", "ghost"),
                List.of("-Dconformance.target=stubs", "-Dconformance.report.dir=" + reports));

        assertThat(run.exit()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("The run stopped before its scenarios: ALIBABA_CLOUD_PROFILE='ghost' names no"
                + " profile: the kit looked in ~/.aliyun/config.json (no such file) and in ~/.alibabacloud/credentials.ini"
                + " (no such file)\n");
        assertThat(Files.readString(reports.resolve("junit.xml"))).contains("errors=\"1\"").contains("names no profile");
    }
}
