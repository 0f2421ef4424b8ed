package io.restorekit.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.restorekit.config.KitSettings;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.report.ScenarioOutcome;
import io.restorekit.report.ScenarioOutcome.Verdict;
import io.restorekit.runner.KitRuntime;
import io.restorekit.runner.SuiteLauncher;
import io.restorekit.target.Targets;
import io.restorekit.wire.RpcClient;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance suite against targets that fail on the wire. Each fault is a small loopback server; each run uses a
 * short timeout and ends, and every failure reads as one clear line: what was expected, what came, which request.
 * Faults that leave the {@code @BeforeAll} probe without any HTTP answer stop the run at once with one line naming the
 * endpoint; the same faults after the probe fail each affected scenario with one line. Writes
 * {@code target/fault-injection/summary.md}. A run that hangs fails its test after a minute instead of blocking the build.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FaultInjectionTest {
    /** Two scenarios, one per API, one request each before their first judgement: enough to see a fault, quickly. */
    static final String SUBSET = "@HBR.PageSize.Default or @DBS.PageSize.Default";
    static final double SHORT_TIMEOUT = 1.0;

    private static Path root;
    private static ReferenceServer reference;
    private static final List<String> summary = Collections.synchronizedList(new ArrayList<>());
    private final List<FaultServer> servers = new ArrayList<>();

    record Run(List<ScenarioOutcome> outcomes, Duration elapsed) {
        List<ScenarioOutcome> with(Verdict verdict) {
            return outcomes.stream().filter(o -> o.verdict() == verdict).toList();
        }
    }

    @BeforeAll
    static void startReference() {
        root = Path.of(System.getProperty("kit.root", ".")).toAbsolutePath().normalize();
        reference = ReferenceServer.start(root.resolve("stubs"), 0);
    }

    @AfterAll
    static void stopReference() throws IOException {
        reference.close();
        Path dir = root.resolve("target").resolve("fault-injection");
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>(summary);
        Collections.sort(lines);
        Files.writeString(dir.resolve("summary.md"), "# Fault injection\n\n| fault | scenarios | verdicts | time | the line a reader sees |\n"
                + "| --- | ---: | --- | ---: | --- |\n" + String.join("\n", lines) + "\n");
    }

    /** Every server of the test is stopped, its threads are done and its port refuses connections. */
    @AfterEach
    void stopServers() {
        for (FaultServer server : servers) {
            server.close();
            assertThat(server.threadsFinished()).as("threads of " + server + " finished").isTrue();
            Assertions.assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), server.port()).close())
                    .as(server + " no longer accepts connections").isInstanceOf(ConnectException.class);
        }
    }

    // ---- answered, but not with the documented JSON: every scenario fails with one clear line

    @Test
    void nonJsonWithHttp200FailsEveryScenarioSayingWhatCame() throws IOException {
        FaultServer server = serve(FaultServer.start("non-json-200", Faults.nonJson200()));
        Run run = run("non-JSON with HTTP 200", server.baseUrl(), null, 2.0);

        assertEveryScenarioFailedClearly(run, server, "Expected a JSON object answer, but the body is not JSON (Content-Type text/plain");
        assertThat(run.elapsed()).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void htmlErrorPageWithHttp500FailsEveryScenarioSayingWhatCame() throws IOException {
        FaultServer server = serve(FaultServer.start("html-500", Faults.html500()));
        Run run = run("HTML page with HTTP 500", server.baseUrl(), null, 2.0);

        assertEveryScenarioFailedClearly(run, server, "Expected a JSON object answer, but the body is not JSON (Content-Type text/html)");
        run.outcomes().stream().filter(o -> !o.clause().endsWith("Request.Generated"))
                .forEach(o -> assertThat(o.message()).contains("answer:  HTTP 500 <html>"));
        assertThat(run.elapsed()).isLessThan(Duration.ofSeconds(60));
    }

    // ---- no HTTP answer at all: the probe stops the run at once, with one line naming the endpoint

    static Stream<Arguments> faultsWithoutAnAnswer() {
        return Stream.of(
                Arguments.of("never answers", Faults.neverAnswers(), "no complete answer within the request timeout of 1 s"),
                Arguments.of("resets the connection", Faults.resets(), "the connection failed mid-answer"),
                Arguments.of("sends fewer bytes than its Content-Length, then closes", Faults.shortBodyThenClose(),
                        "the connection failed mid-answer"),
                Arguments.of("sends fewer bytes than its Content-Length, then stalls", Faults.shortBodyThenStall(),
                        "HTTP 200 headers came (Content-Length 1000), but the body did not complete within the request timeout of 1 s"));
    }

    @ParameterizedTest(name = "target {0}: the run stops at once")
    @MethodSource("faultsWithoutAnAnswer")
    void withoutAnAnswerTheProbeStopsTheRunWithOneLine(String what, FaultServer.Fault fault, String reason) throws IOException {
        FaultServer server = serve(FaultServer.start(what.replace(' ', '-'), fault));
        Run run = run(what + " (probe)", server.baseUrl(), SUBSET, SHORT_TIMEOUT);

        assertRunStopped(run, server.baseUrl(), reason);
        assertThat(server.requests()).as("the probe stopped at its first request").isEqualTo(1);
    }

    @Test
    void nothingListeningStopsTheRunWithOneLine() throws IOException {
        int port;
        try (ServerSocket vacant = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = vacant.getLocalPort();
        }
        URI base = URI.create("http://127.0.0.1:" + port);
        Run run = run("nothing listening (probe)", base, SUBSET, SHORT_TIMEOUT);

        assertRunStopped(run, base, "connection refused");
    }

    // ---- the same faults once the probe got its answer: each affected scenario fails with one line

    @ParameterizedTest(name = "target {0} after the probe: each scenario fails with one line")
    @MethodSource("faultsWithoutAnAnswer")
    void afterTheProbeEachScenarioFailsWithOneLine(String what, FaultServer.Fault fault, String reason) throws IOException {
        FaultServer server = serve(FaultServer.afterProbe(what.replace(' ', '-') + "-later", 2, fault));
        Run run = run(what + " (after the probe)", server.baseUrl(), SUBSET, SHORT_TIMEOUT);

        assertThat(run.outcomes()).hasSize(2).allMatch(o -> o.verdict() == Verdict.FAILED);
        for (ScenarioOutcome o : run.outcomes()) {
            assertThat(o.message()).as("one line").doesNotContain("\n")
                    .contains(o.api() + " " + (o.api().equals("HBR") ? "DescribeRestoreJobs2" : "DescribeRestoreTaskList")
                            + " at " + server.baseUrl())
                    .contains(reason)
                    .contains("(request POST " + server.baseUrl() + "/?Action=");
        }
        // Each scenario stops at its first request; nothing waits longer than one timeout per request.
        assertThat(run.elapsed()).isLessThan(Duration.ofMillis((long) (SHORT_TIMEOUT * 1000) * 2 + 8_000));
    }

    // ---- slow but within the timeout: nothing fails

    @Test
    void aSlowTargetWithinTheTimeoutPasses() throws IOException {
        Duration head = Duration.ofMillis(300);
        Duration chunk = Duration.ofMillis(60);
        FaultServer server = serve(FaultServer.start("slow", Faults.slow(URI.create(reference.baseUrl()), head, 5, chunk)));
        Run run = run("slow, within the timeout", server.baseUrl(), SUBSET, 2.0);

        assertThat(run.outcomes()).hasSize(2);
        assertThat(run.with(Verdict.FAILED)).as("failed scenarios").isEmpty();
        assertThat(run.with(Verdict.PASSED)).hasSize(2);
        // Every answer really was slow: at least the head delay plus the body's chunks, per request.
        assertThat(server.requests()).isGreaterThanOrEqualTo(4);
        assertThat(run.elapsed()).isGreaterThanOrEqualTo(head.plus(chunk.multipliedBy(5)).multipliedBy(server.requests() / 2));
    }

    // ---- helpers

    private FaultServer serve(FaultServer server) {
        servers.add(server);
        return server;
    }

    private Run run(String fault, URI base, String tags, double timeoutSeconds) {
        Properties props = new Properties();
        props.setProperty("kit.root", root.toString());
        props.setProperty("conformance.timeout", Double.toString(timeoutSeconds));
        props.setProperty("conformance.report.dir", root.resolve("target").resolve("fault-injection")
                .resolve(fault.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT)).toString());
        KitSettings settings = KitSettings.from(props, Map.of());
        long started = System.nanoTime();
        List<ScenarioOutcome> outcomes;
        try (KitRuntime runtime = new KitRuntime(settings, Targets.fixed(base, fault + " at " + base),
                RpcClient.RequestDecorator.NONE, new PrintStream(OutputStream.nullOutputStream()))) {
            outcomes = SuiteLauncher.run(runtime, tags, tags == null);
        }
        // Scenarios the tag expression leaves out are not part of the run (some launchers report them as skipped).
        outcomes = outcomes.stream().filter(o -> !(o.verdict() == Verdict.SKIPPED && o.message().contains("did not match this scenario")))
                .toList();
        Run run = new Run(outcomes, Duration.ofNanos(System.nanoTime() - started));
        String first = outcomes.stream().filter(o -> o.verdict() == Verdict.FAILED).map(o -> o.message().lines().findFirst().orElse(""))
                .findFirst().orElse("(no failure)").replace("|", "\\|");
        summary.add(String.format(Locale.ROOT, "| %s | %d | %d failed, %d passed, %d skipped | %.1f s | %s |", fault,
                outcomes.size(), run.with(Verdict.FAILED).size(), run.with(Verdict.PASSED).size(),
                run.with(Verdict.SKIPPED).size(), run.elapsed().toMillis() / 1000.0,
                first.length() > 200 ? first.substring(0, 200) + "…" : first));
        return run;
    }

    private static void assertRunStopped(Run run, URI base, String reason) {
        assertThat(run.outcomes()).as("one outcome: the run stopped").hasSize(1);
        ScenarioOutcome stopped = run.outcomes().get(0);
        assertThat(stopped.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(stopped.api()).isEqualTo(SuiteLauncher.RUN);
        assertThat(stopped.message()).as("one line").doesNotContain("\n")
                .contains(" at " + base + ": ").contains(reason).contains("(request POST " + base + "/?Action=");
        assertThat(run.elapsed()).as("stopped at once").isLessThan(Duration.ofMillis((long) (SHORT_TIMEOUT * 1000) + 8_000));
    }

    private static void assertEveryScenarioFailedClearly(Run run, FaultServer server, String whatCame) {
        assertThat(run.outcomes()).as("scenarios").hasSizeGreaterThan(100);
        assertThat(run.with(Verdict.FAILED)).as("every scenario failed").hasSameSizeAs(run.outcomes());
        for (ScenarioOutcome o : run.outcomes()) {
            String message = o.message();
            List<String> lines = message.lines().toList();
            assertThat(lines.get(0)).as(o.location() + ": the first line names the clause").startsWith("[" + o.clause() + "] ");
            assertThat(message).as(o.location() + ": no stack trace").doesNotContain("\tat ").doesNotContainPattern("(?m)^\\s*at [a-z]+\\.");
            if (o.clause().endsWith("Request.Generated")) {
                // one line per request case: the case (which request) and what came instead of a JSON answer
                assertThat(lines.subList(1, lines.size())).isNotEmpty().allMatch(l -> l.contains(whatCame));
            } else {
                assertThat(lines.get(0)).as(o.location()).contains(whatCame);
                assertThat(message).as(o.location() + ": names the request").contains("request: POST " + server.baseUrl() + "/?Action=");
            }
        }
    }
}
