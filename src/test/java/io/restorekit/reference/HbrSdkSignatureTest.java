package io.restorekit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.hbr20170908.Client;
import com.aliyun.hbr20170908.models.DescribeRestoreJobs2Request;
import com.aliyun.hbr20170908.models.DescribeRestoreJobs2Response;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import io.restorekit.signing.Credentials;
import io.restorekit.signing.SignatureVerifier;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official HBR Java SDK against the signature-requiring reference: its V3 (default) and V1 requests
 * ({@code signatureAlgorithm = "v2"} in tea-openapi means HMAC-SHA1 signature version 1.0) pass, with and without an
 * STS token; a wrong secret or an unknown AccessKeyId get the signature errors the SDK surfaces as TeaException.
 */
class HbrSdkSignatureTest {
    private static final Credentials KEY = Credentials.of("testid", "testsecret");
    private static final Credentials STS = new Credentials("STS.sdk", "sts-secret", "CAIS+sdk/token=");
    private static ReferenceServer server;

    @BeforeAll
    static void start() {
        server = ReferenceServer.start(Stubs.dir(), 0, SignatureVerifier.forCredentials(KEY, STS));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Client client(String signature, String id, String secret, String token) throws Exception {
        Config config = new Config().setAccessKeyId(id).setAccessKeySecret(secret).setRegionId("cn-hangzhou")
                .setEndpoint("127.0.0.1:" + server.port()).setProtocol("HTTP");
        if (token != null) {
            config.setSecurityToken(token);
        }
        if (!signature.equals("v3")) {
            config.setSignatureAlgorithm(signature);
        }
        return new Client(config);
    }

    private static DescribeRestoreJobs2Request request() {
        return new DescribeRestoreJobs2Request().setPageSize(5).setFilters(List.of(
                new DescribeRestoreJobs2Request.DescribeRestoreJobs2RequestFilters().setKey("Status")
                        .setValues(List.of("COMPLETE", "v-1 a*b~"))));
    }

    @ParameterizedTest(name = "signature {0}")
    @ValueSource(strings = {"v3", "v2"})
    void theSdksSignedRequestsPass(String signature) throws Exception {
        DescribeRestoreJobs2Response key = client(signature, KEY.accessKeyId(), KEY.accessKeySecret(), null)
                .describeRestoreJobs2(request());
        assertThat(key.getStatusCode()).isEqualTo(200);
        assertThat(key.getBody().getPageSize()).isEqualTo(5);

        DescribeRestoreJobs2Response sts = client(signature, STS.accessKeyId(), STS.accessKeySecret(),
                STS.securityToken()).describeRestoreJobs2(request());
        assertThat(sts.getStatusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "signature {0}")
    @ValueSource(strings = {"v3", "v2"})
    void aWrongSecretIsSignatureDoesNotMatch(String signature) throws Exception {
        Client client = client(signature, KEY.accessKeyId(), "wrongsecret", null);
        TeaException e = catchThrowableOfType(TeaException.class, () -> client.describeRestoreJobs2(request()));
        assertThat(e.getStatusCode()).isEqualTo(400);
        assertThat(e.getCode()).isEqualTo("SignatureDoesNotMatch");
        assertThat(e.getData()).containsKeys("RequestId", "HostId", "Recommend");
    }

    @ParameterizedTest(name = "signature {0}")
    @ValueSource(strings = {"v3", "v2"})
    void anUnknownKeyIsInvalidAccessKeyIdNotFound(String signature) throws Exception {
        Client client = client(signature, "nobody", KEY.accessKeySecret(), null);
        TeaException e = catchThrowableOfType(TeaException.class, () -> client.describeRestoreJobs2(request()));
        assertThat(e.getStatusCode()).isEqualTo(404);
        assertThat(e.getCode()).isEqualTo("InvalidAccessKeyId.NotFound");
    }
}
