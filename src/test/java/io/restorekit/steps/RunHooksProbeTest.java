package io.restorekit.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.restorekit.TestApis;
import io.restorekit.wire.HttpExchange;
import io.restorekit.wire.RpcRequest;
import io.restorekit.wire.RpcResponse;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The probe's reading of an answer: a credentials rejection is one line naming the code and what to check. */
class RunHooksProbeTest {
    private static final URI ENDPOINT = URI.create("http://127.0.0.1:9");

    private static RpcResponse answer(io.restorekit.api.ApiDescriptor api, int status, String body) {
        return new RpcResponse(RpcRequest.to(api), new HttpExchange("POST", ENDPOINT, Map.of(), status, Map.of(), body,
                Duration.ZERO, null, 1));
    }

    @Test
    void aSignatureMismatchStopsTheRunWithOneLine() {
        String line = RunHooks.credentialRejection(TestApis.hbr(), ENDPOINT, answer(TestApis.hbr(), 400,
                "{\"RequestId\":\"R\",\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"string to sign ...\"}"),
                "kit-id").orElseThrow();
        assertThat(line).isEqualTo("HBR at http://127.0.0.1:9 rejected the credentials: SignatureDoesNotMatch"
                + " (HTTP 400); check ALIBABA_CLOUD_ACCESS_KEY_SECRET (the secret of AccessKeyId kit-id)");
    }

    @Test
    void dbsCodesAreReadFromItsErrorFieldsAndPermissionsNameTheRamAction() {
        String line = RunHooks.credentialRejection(TestApis.dbs(), ENDPOINT, answer(TestApis.dbs(), 403,
                "{\"RequestId\":\"R\",\"Success\":false,\"ErrCode\":\"Forbidden.RAM\",\"ErrMessage\":\"no\"}"),
                "kit-id").orElseThrow();
        assertThat(line).contains("Forbidden.RAM (HTTP 403)").endsWith("the permission dbs:DescribeRestoreTaskList");
    }

    @Test
    void anyOtherAnswerIsFineForTheProbe() {
        assertThat(RunHooks.credentialRejection(TestApis.hbr(), ENDPOINT, answer(TestApis.hbr(), 200,
                "{\"RequestId\":\"R\",\"Success\":true}"), "kit-id")).isEmpty();
        assertThat(RunHooks.credentialRejection(TestApis.hbr(), ENDPOINT, answer(TestApis.hbr(), 404,
                "{\"RequestId\":\"R\",\"Code\":\"InvalidAction.NotFound\"}"), null)).isEmpty();
        assertThat(RunHooks.credentialRejection(TestApis.hbr(), ENDPOINT, answer(TestApis.hbr(), 400,
                "<html>not json</html>"), null)).isEmpty();
    }
}
