package io.restorekit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.hbr20170908.Client;
import com.aliyun.hbr20170908.models.DescribeRestoreJobs2Request;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import io.restorekit.TestApis;
import io.restorekit.signing.Credentials;
import io.restorekit.signing.SignatureVerifier;
import io.restorekit.wire.HttpExchange;
import io.restorekit.wire.RequestPacer;
import io.restorekit.wire.RetryPolicy;
import io.restorekit.wire.RpcClient;
import io.restorekit.wire.RpcResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fault mappings of stubs/faults and WireMock's admin API on the reference: each fault answers as documented for
 * both Actions, a reset restores the reference, the kit's client retries through the throttling faults and the
 * official HBR SDK reads their error. Loopback only; every server is this test's own.
 */
class FaultMappingsTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> KNOWN = List.of("connection-reset", "internal-error", "service-unavailable",
            "signature-does-not-match", "slow", "throttled", "throttled-retry-after", "throttled-twice-then-answers");

    private ReferenceServer server;

    @BeforeEach
    void start() {
        server = ReferenceServer.start(Stubs.dir(), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Path fault(String name) {
        return Stubs.dir().resolve("faults").resolve(name + ".json");
    }

    private static RpcCall call(String api) {
        return api.equals("hbr") ? RpcCall.hbr() : RpcCall.dbs();
    }

    private HttpResponse<String> admin(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertReference(RpcCall.Reply reply) {
        assertThat(reply.status()).as("body %s", reply.body()).isEqualTo(200);
        assertThat(reply.body().path("Success").asBoolean()).isTrue();
    }

    // ---- the shipped files ------------------------------------------------------------------------------------

    @Test
    void theKnownFaultsAreTheShippedFiles() {
        assertThat(ReferenceServer.faults(Stubs.dir()).keySet()).containsExactlyElementsOf(KNOWN);
        assertThat(Stubs.dir().resolve("mappings").resolve("throttled.json")).doesNotExist();
    }

    @ParameterizedTest(name = "{0} {1}: HTTP {2} {3}")
    @CsvSource({
            "throttled, hbr, 400, Throttling.User",
            "throttled, dbs, 400, Throttling.User",
            "throttled-retry-after, hbr, 400, Throttling.User",
            "throttled-retry-after, dbs, 400, Throttling.User",
            "service-unavailable, hbr, 503, ServiceUnavailable",
            "service-unavailable, dbs, 503, ServiceUnavailable",
            "internal-error, hbr, 500, InternalError",
            "internal-error, dbs, 500, InternalError",
            "signature-does-not-match, hbr, 400, SignatureDoesNotMatch",
            "signature-does-not-match, dbs, 400, SignatureDoesNotMatch"})
    void anErrorFaultAnswersInTheActionsErrorShape(String fault, String api, int status, String code) {
        server.addMappings(fault(fault));

        RpcCall.Reply reply = call(api).post(server);

        ErrorShape.assertCommon(reply, status, code);
        if (api.equals("hbr")) {
            assertThat(ErrorShape.fieldNames(reply.body())).containsExactlyElementsOf(ErrorShape.COMMON);
            assertThat(reply.body().path("Recommend").asText()).contains("product=hbr");
        } else {
            assertThat(ErrorShape.fieldNames(reply.body())).containsExactlyInAnyOrderElementsOf(ErrorShape.DBS);
            assertThat(reply.body().path("Success").isBoolean()).isTrue();
            assertThat(reply.body().path("Success").asBoolean()).isFalse();
            assertThat(reply.body().path("ErrCode").asText()).isEqualTo(code);
            assertThat(reply.body().path("ErrMessage").asText()).isEqualTo(reply.body().path("Message").asText());
            assertThat(reply.body().path("HttpStatusCode").isInt()).isTrue();
            assertThat(reply.body().path("HttpStatusCode").asInt()).isEqualTo(status);
        }
        if (code.equals("Throttling.User")) {
            assertThat(reply.body().path("Message").asText()).isEqualTo("Request was denied due to user flow control.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"throttled, ", "throttled-retry-after, 1000"})
    void theRetryAfterHeaderIsOnlyOnItsVariant(String fault, String retryAfter) throws Exception {
        server.addMappings(fault(fault));

        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/?" + RpcCall.hbr().query()))
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-acs-retry-after").orElse(null)).isEqualTo(retryAfter);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json;charset=utf-8");
    }

    @Test
    void slowAnswersTheReferenceLate() {
        server.addMappings(fault("slow"));

        long started = System.nanoTime();
        RpcCall.Reply reply = RpcCall.dbs().post(server);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertReference(reply);
        assertThat(reply.body().path("TotalElements").asInt()).isEqualTo(DatasetFile.dbsItems(r -> true).size());
        assertThat(took).as("fixedDelayMilliseconds 3000").isGreaterThanOrEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void connectionResetAnswersNothing() {
        server.addMappings(fault("connection-reset"));

        assertThatThrownBy(() -> HTTP.send(HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/?" + RpcCall.hbr().query()))
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
    }

    @Test
    void throttledTwiceThenAnswersIsAScenario() throws Exception {
        server.addMappings(fault("throttled-twice-then-answers"));

        ErrorShape.assertCommon(RpcCall.hbr().post(server), 400, "Throttling.User");
        ErrorShape.assertCommon(RpcCall.dbs().post(server), 400, "Throttling.User");
        assertReference(RpcCall.hbr().post(server));
        assertReference(RpcCall.dbs().post(server));

        assertThat(admin("POST", "/__admin/scenarios/reset", null).statusCode()).isEqualTo(200);
        ErrorShape.assertCommon(RpcCall.hbr().post(server), 400, "Throttling.User");
    }

    // ---- WireMock's admin API ---------------------------------------------------------------------------------

    @Test
    void aMappingPostedToTheAdminApiIsServedAndResetRestoresTheReference() throws Exception {
        String mapping = """
                {"priority": 1, "request": {"method": "POST", "urlPath": "/"},
                 "response": {"status": 418, "jsonBody": {"Code": "Teapot"}}}""";
        assertThat(admin("POST", "/__admin/mappings", mapping).statusCode()).isEqualTo(201);
        RpcCall.Reply posted = RpcCall.hbr().post(server);
        assertThat(posted.status()).isEqualTo(418);
        assertThat(posted.body().path("Code").asText()).isEqualTo("Teapot");

        assertThat(admin("POST", "/__admin/reset", null).statusCode()).isEqualTo(200);
        assertReference(RpcCall.hbr().post(server));
        assertThat(admin("GET", "/__admin/mappings", null).body()).contains("RPC POST /", "Anything else")
                .doesNotContain("Teapot");
    }

    @Test
    void theFaultFilesPostAsTheyAreAndMappingsResetRemovesThem() throws Exception {
        // a one-mapping file: POST /__admin/mappings; the scenario (several mappings): POST /__admin/mappings/import
        assertThat(admin("POST", "/__admin/mappings", Files.readString(fault("internal-error"))).statusCode())
                .isEqualTo(201);
        ErrorShape.assertCommon(RpcCall.hbr().post(server), 500, "InternalError");
        assertThat(admin("POST", "/__admin/mappings/reset", null).statusCode()).isEqualTo(200);
        assertReference(RpcCall.hbr().post(server));

        assertThat(admin("POST", "/__admin/mappings/import",
                Files.readString(fault("throttled-twice-then-answers"))).statusCode()).isEqualTo(200);
        ErrorShape.assertCommon(RpcCall.hbr().post(server), 400, "Throttling.User");
        assertThat(admin("DELETE", "/__admin/mappings", null).statusCode()).isEqualTo(200);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/?" + RpcCall.hbr().query()))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("no mapping at all: WireMock's own 404").isEqualTo(404);
        assertThat(admin("POST", "/__admin/reset", null).statusCode()).isEqualTo(200);
        assertReference(RpcCall.hbr().post(server));
    }

    @Test
    void theAdminApiNeverTouchesTheStubFiles() throws Exception {
        Path copy = Files.createTempDirectory("stubs-copy");
        try {
            io.restorekit.TestFiles.copyTree(Stubs.dir(), copy);
            List<String> before = mappingFiles(copy);
            assertThat(before).contains("fallback-not-found.json", "hbr-describe-restore-jobs2.json");
            try (ReferenceServer own = ReferenceServer.start(copy, 0)) {
                String base = own.baseUrl();
                HttpResponse<String> deleted = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/__admin/mappings"))
                        .DELETE().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(deleted.statusCode()).isEqualTo(200);
                HTTP.send(HttpRequest.newBuilder(URI.create(base + "/__admin/mappings"))
                        .POST(HttpRequest.BodyPublishers.ofString(Files.readString(copy.resolve("faults/slow.json")
                                .toAbsolutePath()).replace("\"priority\"", "\"persistent\": true, \"priority\""))).build(),
                        HttpResponse.BodyHandlers.ofString());
                HTTP.send(HttpRequest.newBuilder(URI.create(base + "/__admin/mappings/save"))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            }
            assertThat(mappingFiles(copy)).isEqualTo(before);
        } finally {
            try (java.util.stream.Stream<Path> walk = Files.walk(copy)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void theAdminApiIsNotBehindTheSignatureCheck() throws Exception {
        try (ReferenceServer signed = ReferenceServer.start(Stubs.dir(), 0,
                SignatureVerifier.forCredentials(Credentials.of("fault-id", "fault-secret")))) {
            HttpResponse<String> mappings = HTTP.send(HttpRequest.newBuilder(
                    URI.create(signed.baseUrl() + "/__admin/mappings")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(mappings.statusCode()).isEqualTo(200);
            assertThat(mappings.body()).contains("RPC POST /");
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(signed.baseUrl() + "/__admin/reset"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(200);
            ErrorShape.assertCommon(RpcCall.hbr().post(signed), 400, "IncompleteSignature");
        }
    }

    // ---- the kit's client and the official SDK ----------------------------------------------------------------

    @Test
    void theKitsClientRetriesThroughThrottledTwiceThenAnswers() {
        server.addMappings(fault("throttled-twice-then-answers"));
        List<Duration> waits = new CopyOnWriteArrayList<>();
        List<HttpExchange> recorded = new CopyOnWriteArrayList<>();
        RpcClient client = new RpcClient(Duration.ofSeconds(5), Duration.ofSeconds(10), null, recorded::add,
                new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(1), waits::add), RequestPacer.unlimited());

        RpcResponse response = client.call(URI.create(server.baseUrl()), io.restorekit.wire.RpcRequest.to(TestApis.hbr()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("TotalCount").asInt()).isEqualTo(DatasetFile.standard(r -> true).size());
        assertThat(recorded).extracting(HttpExchange::attempt).containsExactly(1, 2, 3);
        assertThat(recorded).extracting(HttpExchange::status).containsExactly(400, 400, 200);
        assertThat(recorded).extracting(HttpExchange::retryReason)
                .containsExactly(null, "Throttling.User", "Throttling.User");
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void theKitsClientHonoursTheRetryAfterHeader() {
        server.addMappings(fault("throttled-retry-after"));
        List<Duration> waits = new CopyOnWriteArrayList<>();
        List<HttpExchange> recorded = new CopyOnWriteArrayList<>();
        RpcClient client = new RpcClient(Duration.ofSeconds(5), Duration.ofSeconds(10), null, recorded::add,
                new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(5), waits::add), RequestPacer.unlimited());

        RpcResponse response = client.call(URI.create(server.baseUrl()), io.restorekit.wire.RpcRequest.to(TestApis.dbs()));

        assertThat(response.status()).as("throttled every time: the last answer").isEqualTo(400);
        assertThat(recorded).extracting(HttpExchange::attempt).containsExactly(1, 2, 3);
        assertThat(recorded).extracting(HttpExchange::retryReason)
                .containsExactly(null, "Throttling.User", "Throttling.User");
        assertThat(recorded).allSatisfy(e -> assertThat(e.responseHeaders()).containsEntry("x-acs-retry-after", List.of("1000")));
        assertThat(waits).as("the header's 1000 ms, not the 100/200 ms backoff")
                .containsExactly(Duration.ofMillis(1000), Duration.ofMillis(1000));
    }

    @ParameterizedTest(name = "signature {0}")
    @ValueSource(strings = {"v3 (default)", "v2"})
    void theHbrSdkReadsTheThrottlingError(String signature) throws Exception {
        server.addMappings(fault("throttled"));
        Config config = new Config().setAccessKeyId("testid").setAccessKeySecret("testsecret")
                .setRegionId("cn-hangzhou").setEndpoint("127.0.0.1:" + server.port()).setProtocol("HTTP");
        if (signature.equals("v2")) {
            config.setSignatureAlgorithm("v2");
        }

        TeaException e = catchThrowableOfType(TeaException.class,
                () -> new Client(config).describeRestoreJobs2(new DescribeRestoreJobs2Request()));

        assertThat(e).isNotNull();
        assertThat(e.getStatusCode()).isEqualTo(400);
        assertThat(e.getCode()).isEqualTo("Throttling.User");
        assertThat(e.getMessage()).contains("Request was denied due to user flow control.");
        assertThat(e.getData()).containsKeys("RequestId", "HostId", "Recommend");
    }

    // ---- --fault ----------------------------------------------------------------------------------------------

    @Test
    void anUnknownFaultIsOneLineNamingTheKnownOnes() {
        StringWriter err = new StringWriter();
        int exit = ReferenceServerMain.commandLine(new ReferenceServerMain()).setErr(new PrintWriter(err, true))
                .execute("--port", "0", "--stubs", Stubs.dir().toString(), "--fault", "throttled", "--fault", "nope");

        assertThat(exit).isEqualTo(2);
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("reference-stubs: unknown fault 'nope'").contains(KNOWN);
    }

    @Test
    void theStandaloneStubsStartWithAFaultAndResetBackToTheReference() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(javaBin.toString(), "-cp", System.getProperty("java.class.path"),
                ReferenceServerMain.class.getName(), "--port", Integer.toString(port),
                "--stubs", Stubs.dir().toString(), "--fault", "throttled"))
                .redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        java.util.concurrent.CompletableFuture<String> listening = new java.util.concurrent.CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(
                    process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    output.add(line);
                    if (line.startsWith("Reference stubs listening on")) {
                        listening.complete(line);
                    }
                }
            } catch (IOException ignored) {
                // the stream closes when the process ends
            }
            listening.complete(null);
        });
        reader.start();
        try {
            assertThat(listening.get(60, java.util.concurrent.TimeUnit.SECONDS)).as("output %s", output)
                    .contains("faults throttled");
            String base = "http://127.0.0.1:" + port;
            RpcCall.Reply throttled = RpcCall.send(HttpRequest.newBuilder(URI.create(base + "/?" + RpcCall.dbs().query()))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            ErrorShape.assertCommon(throttled, 400, "Throttling.User");
            assertThat(throttled.body().path("ErrCode").asText()).isEqualTo("Throttling.User");

            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/__admin/reset"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(200);
            assertReference(RpcCall.send(HttpRequest.newBuilder(URI.create(base + "/?" + RpcCall.dbs().query()))
                    .POST(HttpRequest.BodyPublishers.noBody())));

            process.toHandle().destroy();
            assertThat(process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).as("stopped").isTrue();
            reader.join(10_000);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void faultsResolveByNameOrFile() {
        ReferenceServerMain main = new ReferenceServerMain();
        Path file = fault("slow").toAbsolutePath();
        new picocli.CommandLine(main).parseArgs("--fault", "throttled", "--fault", file.toString());

        assertThat(main.faultFiles(Stubs.dir())).containsExactly(fault("throttled"), file);
    }

    @Test
    void aFileThatIsNotAMappingIsRefusedInOneLine() throws Exception {
        Path bad = Files.createTempFile("not-a-mapping", ".json");
        try {
            Files.writeString(bad, "{\"request\": ");
            assertThatThrownBy(() -> server.addMappings(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(bad + " is not a WireMock mapping file")
                    .satisfies(t -> assertThat(t.getMessage()).doesNotContain("\n"));
        } finally {
            Files.deleteIfExists(bad);
        }
    }



    private static List<String> mappingFiles(Path stubs) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(stubs.resolve("mappings"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
