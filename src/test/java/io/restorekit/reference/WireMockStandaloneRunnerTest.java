package io.restorekit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.standalone.WireMockServerRunner;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/**
 * WireMock's own standalone runner, given only the stubs folder as its root, serves the reference: it finds the
 * extensions on the classpath ({@link ReferenceExtensions}) and routes by the folder's own mappings. Its answers are
 * the embedded reference's.
 */
class WireMockStandaloneRunnerTest {

    @Test
    void wireMocksOwnRunnerServesTheReferenceFromTheStubsFolder() {
        WireMockServerRunner runner = new WireMockServerRunner();
        runner.run("--port", "0", "--bind-address", "127.0.0.1", "--root-dir", Stubs.dir().toString(),
                "--disable-banner", "--no-request-journal");
        try (ReferenceServer embedded = ReferenceServer.start(Stubs.dir(), 0)) {
            String standalone = "http://127.0.0.1:" + runner.port();
            for (RpcCall call : new RpcCall[] {RpcCall.hbr().param("PageSize", 99), RpcCall.dbs().param("PageSize", 100),
                    RpcCall.hbr().param("RestoreType", "OSS"), RpcCall.dbs().param("PageSize", 7)}) {
                RpcCall.Reply theirs = post(standalone, call);
                RpcCall.Reply ours = call.post(embedded);
                assertThat(theirs.status()).as(call.query()).isEqualTo(ours.status());
                assertThat(withoutRequestId(theirs)).as(call.query()).isEqualTo(withoutRequestId(ours));
            }
            assertThat(post(standalone, RpcCall.none().param("Action", "DescribeNothing").param("Version", "2017-09-08"))
                    .status()).as("an Action no mapping routes").isEqualTo(404);
        } finally {
            runner.stop();
        }
    }

    /** Without what holds the request id (RequestId, and Recommend's link). */
    private static JsonNode withoutRequestId(RpcCall.Reply reply) {
        return ((ObjectNode) reply.body().deepCopy()).without(java.util.List.of("RequestId", "Recommend"));
    }

    private static RpcCall.Reply post(String baseUrl, RpcCall call) {
        return RpcCall.send(HttpRequest.newBuilder(URI.create(baseUrl + "/?" + call.query()))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }
}
