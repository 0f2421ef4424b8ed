package io.restorekit.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.restorekit.TestApis;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.report.ScenarioOutcome;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The DBS scenarios (all of them: the suite's whole machinery, in less time) through a front that throttles every fifth request (400 Throttling.User, Alibaba Cloud's shape) and
 * forwards the rest to the reference stubs: run one scenario at a time, every throttled request passes on its retry,
 * every scenario passes, and the report shows the retried exchanges as "attempt 2 (retry after Throttling.User)".
 */
class ThrottledSuiteAcceptanceTest {
    private static final String THROTTLED = "{\"RequestId\":\"7C1D6E0B-6A43-4E4C-9E3F-0D1B2C3D4E5F\",\"HostId\":\"front\","
            + "\"Code\":\"Throttling.User\",\"Message\":\"Request was denied due to user flow control.\","
            + "\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=Throttling.User\"}";

    @Test
    void throttledRequestsAreRetriedAndMarkedInTheReport() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger throttled = new AtomicInteger();
        HttpClient forward = HttpClient.newHttpClient();
        try (ReferenceServer server = ReferenceServer.start(TestApis.ROOT.resolve("stubs"), 0)) {
            HttpServer front = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            front.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                int status;
                byte[] body;
                if (requests.incrementAndGet() % 5 == 2) {
                    throttled.incrementAndGet();
                    status = 400;
                    body = THROTTLED.getBytes(StandardCharsets.UTF_8);
                } else {
                    URI uri = URI.create(server.baseUrl() + exchange.getRequestURI().getRawPath()
                            + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
                    try {
                        HttpResponse<byte[]> answer = forward.send(HttpRequest.newBuilder(uri)
                                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.noBody()).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        status = answer.statusCode();
                        body = answer.body();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException(e);
                    }
                }
                exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            front.start();
            try {
                KitRuntimeRun run = runThrough(URI.create("http://127.0.0.1:" + front.getAddress().getPort()));
                assertThat(run.run().outcomes()).filteredOn(o -> o.api().equals("DBS")).hasSizeGreaterThan(30)
                        .allSatisfy(o -> assertThat(o.verdict()).as(o.name() + ": " + o.message())
                                .isEqualTo(ScenarioOutcome.Verdict.PASSED));
                assertThat(throttled.get()).isGreaterThan(10);
                String report = SecretHygieneAcceptanceTest.base64Decoded(
                        Files.readString(run.reportDir().resolve("cucumber.json")));
                assertThat(report.contains("# attempt 2 (retry after Throttling.User)\n> POST "))
                        .as("a retried exchange is marked in the report").isTrue();
            } finally {
                front.stop(0);
            }
        }
    }

    private record KitRuntimeRun(SignedSuiteAcceptanceTest.Run run, Path reportDir) {
    }

    private static KitRuntimeRun runThrough(URI front) {
        var settings = SignedSuiteAcceptanceTest.settings("throttled-suite", Map.of(
                "conformance.retry.attempts", "3", "conformance.retry.backoff", "0.001",
                "conformance.retry.max.backoff", "0.001"));
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        try (java.io.PrintStream quiet = new java.io.PrintStream(console, true, StandardCharsets.UTF_8);
             KitRuntime runtime = new KitRuntime(settings, io.restorekit.target.Targets.fixed(front, "throttling front at "
                     + front), null, quiet)) {
            // One scenario at a time: a throttled request's retry is the front's next request, never throttled.
            var outcomes = SuiteLauncher.run(runtime, "@dbs", false);
            return new KitRuntimeRun(new SignedSuiteAcceptanceTest.Run(outcomes, console.toString(StandardCharsets.UTF_8)),
                    settings.reportDir());
        }
    }
}
