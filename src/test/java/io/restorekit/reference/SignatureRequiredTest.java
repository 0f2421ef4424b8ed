package io.restorekit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.restorekit.TestApis;
import io.restorekit.config.CallSettings;
import io.restorekit.signing.Credentials;
import io.restorekit.signing.SignatureVerifier;
import io.restorekit.signing.SigningDecorator;
import io.restorekit.wire.RpcClient;
import io.restorekit.wire.RpcRequest;
import io.restorekit.wire.RpcResponse;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reference with {@code ReferenceServer.start(stubs, port, verifier)}: signed requests pass (the kit's own, V3 and
 * V1, with and without an STS token), anything else gets Alibaba Cloud's signature errors in its error shape.
 */
class SignatureRequiredTest {
    private static final Credentials KEY = Credentials.of("ref-id", "ref/secret+=");
    private static final Credentials STS = new Credentials("STS.ref", "sts-secret", "CAIS+sts/token=");
    private static ReferenceServer server;

    @BeforeAll
    static void start() {
        server = ReferenceServer.start(Stubs.dir(), 0, SignatureVerifier.forCredentials(KEY, STS));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RpcResponse call(Credentials credentials, CallSettings.Signature signature, RpcRequest request) {
        RpcClient client = new RpcClient(Duration.ofSeconds(5), Duration.ofSeconds(10),
                credentials == null ? null : new SigningDecorator(credentials, signature), null);
        return client.call(URI.create(server.baseUrl()), request);
    }

    private static RpcCall.Reply reply(RpcResponse response) {
        return new RpcCall.Reply(response.status(), response.exchange().responseHeader("Content-Type"), response.json());
    }

    @ParameterizedTest
    @EnumSource(CallSettings.Signature.class)
    void theKitsSignedRequestsPass(CallSettings.Signature signature) {
        assertThat(server.requiresSignatures()).isTrue();
        for (Credentials credentials : new Credentials[] {KEY, STS}) {
            RpcResponse hbr = call(credentials, signature, RpcRequest.to(TestApis.hbr()).with("PageSize", 3)
                    .with("Filters", java.util.List.of(new java.util.TreeMap<>(java.util.Map.of("Key", "Status",
                            "Values", java.util.List.of("COMPLETE", "a b*~é"))))));
            assertThat(hbr.status()).as("%s", hbr.exchange().responseBody()).isEqualTo(200);
            assertThat(hbr.json().path("PageSize").asInt()).isEqualTo(3);
            RpcResponse dbs = call(credentials, signature, RpcRequest.to(TestApis.dbs()).with("PageSize", 50));
            assertThat(dbs.status()).as("%s", dbs.exchange().responseBody()).isEqualTo(200);
        }
        // An unknown action still reaches the API behaviour once its signature is checked.
        RpcResponse unknown = call(KEY, signature, RpcRequest.to(TestApis.hbr()).withAction("DescribeNoSuchThing"));
        ErrorShape.assertCommon(reply(unknown), 404, "InvalidAction.NotFound");
    }

    @ParameterizedTest
    @EnumSource(CallSettings.Signature.class)
    void aWrongSecretDoesNotMatch(CallSettings.Signature signature) {
        RpcResponse response = call(Credentials.of("ref-id", "not-the-secret"), signature, RpcRequest.to(TestApis.hbr()));
        ErrorShape.assertCommon(reply(response), 400, "SignatureDoesNotMatch");
        assertThat(ErrorShape.fieldNames(response.json())).containsExactlyElementsOf(ErrorShape.COMMON);
        assertThat(response.json().path("HostId").asText()).isEqualTo("127.0.0.1:" + server.port());
        assertThat(response.json().path("Message").asText()).doesNotContain("not-the-secret").doesNotContain("ref/secret");
    }

    @ParameterizedTest
    @EnumSource(CallSettings.Signature.class)
    void anUnknownAccessKeyIdIsNotFound(CallSettings.Signature signature) {
        RpcResponse response = call(Credentials.of("who-is-this", "ref/secret+="), signature, RpcRequest.to(TestApis.dbs()));
        ErrorShape.assertCommon(reply(response), 404, "InvalidAccessKeyId.NotFound");
        assertThat(response.json().path("Message").asText()).contains("who-is-this");
    }

    @Test
    void anUnsignedRequestIsIncompleteWhateverItsPath() {
        ErrorShape.assertCommon(RpcCall.hbr().post(server), 400, "IncompleteSignature");
        ErrorShape.assertCommon(RpcCall.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/elsewhere"))
                .GET()), 400, "IncompleteSignature");
    }

    @Test
    void aTamperedSignedRequestDoesNotMatch() {
        RpcClient.RequestDecorator signing = new SigningDecorator(KEY, CallSettings.Signature.V1);
        RpcClient.RequestDecorator tampering = (method, endpoint, query, request) -> {
            java.util.Map<String, String> headers = signing.decorate(method, endpoint, query, request);
            query.put("PageSize", "99");
            return headers;
        };
        RpcResponse response = new RpcClient(Duration.ofSeconds(5), Duration.ofSeconds(10), tampering, null)
                .call(URI.create(server.baseUrl()), RpcRequest.to(TestApis.hbr()).with("PageSize", 1));
        ErrorShape.assertCommon(reply(response), 400, "SignatureDoesNotMatch");
    }
}
