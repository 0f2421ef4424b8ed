package io.restorekit.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.restorekit.TestApis;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a throwaway loopback server that records exactly what arrives. */
class RpcClientAcceptanceTest {
    private HttpServer server;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + "?"
                    + exchange.getRequestURI().getRawQuery() + " body=" + body.length
                    + " accept=" + exchange.getRequestHeaders().getFirst("Accept"));
            String query = exchange.getRequestURI().getRawQuery();
            if (query.contains("Slow")) {
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] answer = (query.contains("Html") ? "<html>oops</html>" : "{\"RequestId\":\"R-1\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", query.contains("Html") ? "text/html" : "application/json");
            exchange.sendResponseHeaders(query.contains("Html") ? 500 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void sendsPostSlashWithEveryParameterInTheQueryAndAnEmptyBody() {
        List<HttpExchange> recorded = new ArrayList<>();
        RpcClient client = new RpcClient(Duration.ofSeconds(2), Duration.ofSeconds(2), null, recorded::add);
        Map<String, Object> filter = new java.util.LinkedHashMap<>();
        filter.put("Key", "VaultId");
        filter.put("Values", List.of("v 1*", "v~2"));
        RpcRequest request = RpcRequest.to(TestApis.hbr()).with("PageSize", 10).with("Filters", List.of(filter));

        RpcResponse response = client.call(base(), request);

        assertThat(seen).containsExactly("POST /?Action=DescribeRestoreJobs2&Version=2017-09-08&Format=JSON&PageSize=10"
                + "&Filters.1.Key=VaultId&Filters.1.Values.1=v%201%2A&Filters.1.Values.2=v~2 body=0 accept=application/json");
        assertThat(response.isJson()).isTrue();
        assertThat(response.json().get("RequestId").asText()).isEqualTo("R-1");
        assertThat(recorded).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(200);
            assertThat(e.method()).isEqualTo("POST");
            assertThat(e.responseBody()).contains("R-1");
            assertThat(e.responseHeader("content-type")).isEqualTo("application/json");
        });
    }

    @Test
    void aNonJsonAnswerIsAnAnswerThatSaysWhatCame() {
        RpcClient client = new RpcClient(Duration.ofSeconds(2), Duration.ofSeconds(2), null, null);
        RpcResponse response = client.call(base(), RpcRequest.to(TestApis.hbr()).withAction("Html"));
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.isJson()).isFalse();
        assertThat(response.jsonProblem()).contains("not JSON").contains("text/html").contains("<html>oops</html>");
    }

    @Test
    void anAnswerSlowerThanTheTimeoutFailsWithOneLineNamingTheRequest() {
        List<HttpExchange> recorded = new ArrayList<>();
        RpcClient client = new RpcClient(Duration.ofSeconds(2), Duration.ofMillis(300), null, recorded::add);
        assertThatThrownBy(() -> client.call(base(), RpcRequest.to(TestApis.hbr()).withAction("Slow")))
                .isInstanceOf(TargetException.class)
                .hasMessageContaining("no complete answer within the request timeout of 300 ms")
                .hasMessageContaining("Action=Slow")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(recorded).singleElement().satisfies(e -> assertThat(e.transportError()).contains("timeout"));
    }

    @Test
    void aClosedPortIsConnectionRefused() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        RpcClient client = new RpcClient(Duration.ofSeconds(2), Duration.ofSeconds(2), null, null);
        assertThatThrownBy(() -> client.call(URI.create("http://127.0.0.1:" + port), RpcRequest.to(TestApis.dbs())))
                .isInstanceOf(TargetException.class)
                .hasMessageStartingWith("DBS DescribeRestoreTaskList at http://127.0.0.1:" + port + ": connection refused");
    }

    @Test
    void credentialsNeverStayInARecordedExchange() {
        HttpExchange exchange = new HttpExchange("POST",
                URI.create("http://h/?AccessKeyId=id&Signature=abc%2F&SecurityToken=tok&PageSize=1"),
                Map.of("Authorization", List.of("ACS3-HMAC-SHA256 Credential=id,Signature=sig"),
                        "x-acs-security-token", List.of("tok")), 200, Map.of(), "{}", Duration.ZERO, null, 1);
        assertThat(exchange.uri().toString()).isEqualTo("http://h/?AccessKeyId=id&Signature=***&SecurityToken=***&PageSize=1");
        assertThat(exchange.requestHeaders().get("authorization")).containsExactly("***");
        assertThat(exchange.requestHeaders().get("X-Acs-Security-Token")).containsExactly("***");
    }
}
