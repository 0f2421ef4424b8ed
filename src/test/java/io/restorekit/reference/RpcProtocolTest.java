package io.restorekit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How requests may arrive (as the SDKs send them) and the answers every request gets, over real HTTP. */
class RpcProtocolTest {
    private final ReferenceServer server = Stubs.shared();

    @Test
    void bindsLoopbackAndReportsItsUrl() {
        assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
        assertThat(server.port()).isPositive();
    }

    @Test
    void postWithParametersInTheQueryString() {
        RpcCall.Reply reply = RpcCall.hbr().param("PageSize", 3).post(server);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("application/json;charset=utf-8");
        assertThat(reply.items()).hasSize(3);
    }

    @Test
    void getWithParametersInTheQueryString() {
        RpcCall call = RpcCall.hbr().param("PageSize", 4).param("RestoreType", "NAS");
        RpcCall.Reply get = RpcCall.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/?" + call.query())).GET());

        assertThat(get.status()).isEqualTo(200);
        assertThat(get.items()).isEqualTo(call.post(server).items());
    }

    @Test
    void postWithAFormBody() {
        RpcCall call = RpcCall.dbs().param("PageSize", 50).param("PageNum", 1);
        RpcCall.Reply form = RpcCall.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(call.query())));

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body().path("PageNum").asInt()).isEqualTo(1);
        assertThat(form.body().path("PageSize").asInt()).isEqualTo(50);
        assertThat(form.items()).isEqualTo(call.post(server).items());
    }

    @Test
    void v3HeadersCarryActionAndVersionWithAnEmptyChunkedBody() {
        RpcCall params = RpcCall.none().param("PageSize", 5).param("Edition", "BASIC")
                .filter("Status", "IN", "COMPLETE");
        RpcCall.Reply reply = RpcCall.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/?" + params.query()))
                .header("x-acs-action", "DescribeRestoreJobs2")
                .header("x-acs-version", "2017-09-08")
                // unknown length: java.net.http sends Transfer-Encoding: chunked, like the SDK
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[0]))));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("PageSize").asInt()).isEqualTo(5);
        assertThat(reply.items()).hasSize(5).allMatch(i -> i.path("Status").asText().equals("COMPLETE"));
        assertThat(reply.ids()).isEqualTo(RpcCall.hbr().param("PageSize", 5).param("Edition", "BASIC")
                .filter("Status", "IN", "COMPLETE").post(server).ids());
    }

    @Test
    void unknownActionIsInvalidActionNotFound() {
        RpcCall.Reply reply = RpcCall.none().param("Action", "DescribeRestoreJobs").param("Version", "2017-09-08")
                .post(server);

        ErrorShape.assertCommon(reply, 404, "InvalidAction.NotFound");
        assertThat(ErrorShape.fieldNames(reply.body())).containsExactlyElementsOf(ErrorShape.COMMON);
    }

    @Test
    void missingActionIsInvalidActionNotFound() {
        ErrorShape.assertCommon(RpcCall.none().param("Version", "2017-09-08").post(server), 404,
                "InvalidAction.NotFound");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-03-06", "2017-09-09", ""})
    void knownHbrActionWithAnotherVersionIsNotFound(String version) {
        RpcCall.Reply reply = RpcCall.none().param("Action", "DescribeRestoreJobs2").param("Version", version)
                .post(server);

        ErrorShape.assertCommon(reply, 404, "InvalidAction.NotFound");
    }

    @Test
    void knownDbsActionWithAnotherVersionIsNotFound() {
        RpcCall.Reply reply = RpcCall.none().param("Action", "DescribeRestoreTaskList").param("Version", "2017-09-08")
                .post(server);

        ErrorShape.assertCommon(reply, 404, "InvalidAction.NotFound");
    }

    @Test
    void knownActionWithoutVersionIsNotFound() {
        ErrorShape.assertCommon(RpcCall.none().param("Action", "DescribeRestoreTaskList").post(server), 404,
                "InvalidAction.NotFound");
    }

    @Test
    void otherPathsAndMethodsGet404InAlibabasShape() {
        RpcCall.Reply path = RpcCall.send(HttpRequest.newBuilder(
                URI.create(server.baseUrl() + "/v1/restore-jobs?" + RpcCall.hbr().query())).GET());
        RpcCall.Reply put = RpcCall.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/?" + RpcCall.hbr().query()))
                .PUT(HttpRequest.BodyPublishers.noBody()));

        ErrorShape.assertCommon(path, 404, "InvalidAction.NotFound");
        ErrorShape.assertCommon(put, 404, "InvalidAction.NotFound");
        assertThat(path.body().path("RequestId")).isNotEqualTo(put.body().path("RequestId"));
    }

    @Test
    void everyResponseHasAFreshUpperCaseUuidRequestId() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            for (RpcCall.Reply r : new RpcCall.Reply[] {RpcCall.hbr().post(server), RpcCall.dbs().post(server),
                    RpcCall.hbr().param("PageSize", 0).post(server), RpcCall.none().post(server)}) {
                assertThat(r.body().path("RequestId").asText()).matches(ErrorShape.REQUEST_ID);
                assertThat(r.contentType()).isEqualTo("application/json;charset=utf-8");
                ids.add(r.body().path("RequestId").asText());
            }
        }
        assertThat(ids).hasSize(20);
    }

    @Test
    void queryWinsOverHeadersAndOverTheFormBody() {
        RpcCall.Reply reply = RpcCall.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/?"
                        + RpcCall.dbs().param("PageSize", 100).query()))
                .header("x-acs-action", "DescribeRestoreJobs2")
                .header("x-acs-version", "2017-09-08")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("PageSize=50&PageNum=1")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("PageSize").asInt()).isEqualTo(100);
        assertThat(reply.body().path("PageNum").asInt()).isEqualTo(1);
    }
}
