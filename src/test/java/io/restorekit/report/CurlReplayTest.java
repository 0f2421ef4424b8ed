package io.restorekit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import io.restorekit.TestApis;
import io.restorekit.config.CallSettings;
import io.restorekit.signing.Credentials;
import io.restorekit.signing.SigningDecorator;
import io.restorekit.wire.HttpExchange;
import io.restorekit.wire.PercentEncoder;
import io.restorekit.wire.RpcClient;
import io.restorekit.wire.RpcRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The printed curl commands are run, by bash and the real curl, against a loopback server that records what arrives:
 * the same method, query and headers as the kit's own request, for values a shell would otherwise mangle.
 */
class CurlReplayTest {
    /** Values the shell must pass untouched: spaces, quotes, globs, expansions, escapes, non-ASCII, newlines. */
    private static final List<String> HOSTILE = List.of("two words", "it's", "say \"hi\"", "*", "a*b?[c]", "$HOME",
            "${PATH}", "`id`", "$(id)", "back\\slash", "semi;colon&amp|pipe>gt<lt", "中文 é ü", "line one\nline two",
            "!bang", "~tilde", "#hash", "", "'", "''", "\t tab", "%41 not an escape", "+plus+");

    /** What one request brought to the server. */
    private record Arrived(String method, String rawQuery, Map<String, String> headers) {
    }

    private HttpServer server;
    private final List<Arrived> arrived = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, String.join(",", v)));
            arrived.add(new Arrived(exchange.getRequestMethod(), exchange.getRequestURI().getRawQuery(), headers));
            byte[] body = "{\"RequestId\":\"r\",\"Success\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void assumeCurl() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")) || Files.isExecutable(Path.of("/bin/curl")),
                "curl is not installed (apt-get install curl): the printed commands cannot be run here");
    }

    /** Runs {@code command} as a user pasting it would: bash -c, bounded in time. */
    private static String bash(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("bash -c finished").isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit status of %s: %s", command, out).isZero();
        return out;
    }

    @Test
    void everyWordComesThroughTheShellAsItWas() throws IOException, InterruptedException {
        for (String word : HOSTILE) {
            assertThat(bash("printf %s " + CurlReplay.quote(word))).as("quote(%s)", word).isEqualTo(word);
        }
        assertThat(CurlReplay.quote("PageSize")).as("a plain word needs no quotes").isEqualTo("PageSize");
    }

    /** The kit's request for one hostile value per filter value, then the same request again through the printed command. */
    private Arrived sendAndReplay(RpcClient.RequestDecorator decorator, List<String> values) throws Exception {
        List<HttpExchange> recorded = new ArrayList<>();
        RpcClient client = new RpcClient(Duration.ofSeconds(5), Duration.ofSeconds(5), decorator, recorded::add);
        RpcRequest request = RpcRequest.to(TestApis.hbr()).with("PageSize", 10)
                .with("Filters", List.of(new TreeMap<>(Map.of("Key", "VaultId", "Values", values))));
        client.call(base(), request);
        CurlReplay replay = CurlReplay.of(recorded.get(0), "hbr");
        assertThat(replay.command()).doesNotContain("\n");
        bash(replay.command());
        assertThat(arrived).hasSize(2);
        Arrived original = arrived.get(0);
        Arrived replayed = arrived.get(1);
        assertThat(replayed.method()).isEqualTo(original.method()).isEqualTo("POST");
        Map<String, String> sent = new TreeMap<>(PercentEncoder.decodeQuery(original.rawQuery()));
        if (sent.containsKey("Signature")) {
            // A V1 signature and token were redacted in the record: the replay carries the stars, all else is the same.
            sent.put("Signature", "***");
            sent.computeIfPresent("SecurityToken", (k, v) -> "***");
            assertThat(new TreeMap<>(PercentEncoder.decodeQuery(replayed.rawQuery()))).isEqualTo(sent);
        } else {
            assertThat(replayed.rawQuery()).isEqualTo(original.rawQuery());
        }
        assertThat(PercentEncoder.decodeQuery(replayed.rawQuery())).containsEntry("Filters.1.Values.1", values.get(0));
        return replayed;
    }

    @Test
    void anUnsignedRequestReplaysExactly() throws Exception {
        for (int i = 0; i < HOSTILE.size(); i += 4) {
            arrived.clear();
            List<String> values = HOSTILE.subList(i, Math.min(HOSTILE.size(), i + 4));
            assumeCurl();
            Arrived replayed = sendAndReplay(RpcClient.RequestDecorator.NONE, values);
            Map<String, String> decoded = PercentEncoder.decodeQuery(replayed.rawQuery());
            for (int v = 0; v < values.size(); v++) {
                assertThat(decoded).containsEntry("Filters.1.Values." + (v + 1), values.get(v));
            }
            assertThat(replayed.headers()).containsEntry("Accept", arrived.get(0).headers().get("Accept"));
        }
    }

    @Test
    void aSignedRequestShowsStarsAndHowToSignIt() throws Exception {
        assumeCurl();
        String secret = "Replay/Secret+Value=";
        String token = "CAIS/replay+token=";
        SigningDecorator v3 = new SigningDecorator(new Credentials("STS.replay", secret, token), CallSettings.Signature.V3);
        Arrived replayed = sendAndReplay(v3, List.of("a b", "it's"));
        String command = CurlReplay.of(new HttpExchange("POST", URI.create(base() + "/?PageSize=10"),
                Map.of("Authorization", List.of("ACS3-HMAC-SHA256 Credential=STS.replay,Signature=abc"),
                        "x-acs-action", List.of("DescribeRestoreJobs2"), "x-acs-version", List.of("2017-09-08"),
                        "x-acs-security-token", List.of(token)), 200, Map.of(), "", Duration.ZERO, null, 1), "hbr").command();
        assertThat(command).contains("-H 'Authorization: ***'", "-H 'x-acs-security-token: ***'")
                .contains("# *** stands for the signature and credentials: sign it afresh, e.g. with the aliyun CLI:"
                        + " aliyun hbr DescribeRestoreJobs2 --endpoint 127.0.0.1:" + server.getAddress().getPort()
                        + " --version 2017-09-08 --PageSize 10")
                .doesNotContain(secret).doesNotContain(token).doesNotContain("Signature=abc");
        // What the pasted command sent: the same parameters and x-acs-* headers, the signature as the stars.
        assertThat(replayed.headers()).containsEntry("Authorization", "***").containsEntry("x-acs-security-token", "***")
                .containsEntry("x-acs-action", "DescribeRestoreJobs2");
        assertThat(replayed.headers().toString()).doesNotContain(secret).doesNotContain(token);

        // V1 signs in the query: Signature=*** and SecurityToken=*** in the URL, and the note.
        arrived.clear();
        SigningDecorator v1 = new SigningDecorator(new Credentials("STS.replay", secret, token), CallSettings.Signature.V1);
        Arrived v1Replayed = sendAndReplay(v1, List.of("x"));
        assertThat(PercentEncoder.decodeQuery(v1Replayed.rawQuery())).containsEntry("Signature", "***")
                .containsEntry("SecurityToken", "***").containsEntry("AccessKeyId", "STS.replay");
    }

    @Test
    void theCommandsShownAreTheRequestsTheMessageQuotes() {
        CurlReplay first = new CurlReplay("POST http://h/?PageSize=1", "curl first");
        CurlReplay second = new CurlReplay("POST http://h/?PageSize=2", "curl second");
        CurlReplay retried = new CurlReplay("POST http://h/?PageSize=1", "curl first, attempt 2");
        assertThat(CurlReplay.select(List.of(first, second, retried), "[HBR.PageSize] …\n  request: POST http://h/?PageSize=1\n"))
                .containsExactly("curl first, attempt 2");
        assertThat(CurlReplay.select(List.of(first, second), "a listing differs")).as("none quoted: the last one sent")
                .containsExactly("curl second");
        assertThat(CurlReplay.select(List.of(), "x")).isEmpty();
    }
}
