package io.restorekit.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.aliyun.openapiutil.Client;
import com.aliyun.tea.TeaRequest;
import io.restorekit.TestApis;
import io.restorekit.config.CallSettings;
import io.restorekit.config.ConfigurationException;
import io.restorekit.config.KitSettings;
import io.restorekit.wire.PercentEncoder;
import io.restorekit.wire.RpcClient;
import io.restorekit.wire.RpcRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decorator signs exactly what {@link RpcClient} puts on the wire: the request rebuilt from the URL it would send
 * verifies, and the official signer ({@code com.aliyun:openapiutil}) computes the same signature from it.
 */
class SigningDecoratorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T04:08:01Z"), ZoneOffset.UTC);
    private static final String NONCE = "0123456789abcdef0123456789abcdef";
    private static final Credentials KEY = Credentials.of("kit-id", "kit/secret+=");
    private static final Credentials STS = new Credentials("STS.kit", "sts/secret", "CAIS+token/=~x");
    private static final URI ENDPOINT = URI.create("http://127.0.0.1:18080");

    private static RpcRequest request() {
        return RpcRequest.to(TestApis.hbr()).with("PageSize", 10).with("RestoreType", "ECS_FILE")
                .with("Filters", List.of(new java.util.TreeMap<>(Map.of("Key", "VaultId",
                        "Values", List.of("v-1 a*b~", "é中", "")))));
    }

    private static SigningDecorator v3(Credentials credentials) {
        return new SigningDecorator(credentials, CallSettings.Signature.V3, new AcsV3Signer(CLOCK, () -> NONCE));
    }

    private static SigningDecorator v1(Credentials credentials) {
        return new SigningDecorator(credentials, CallSettings.Signature.V1, new RpcV1Signer(CLOCK, () -> NONCE));
    }

    /** What the client does: decorate, then build the URL from the query; here also what a server decodes. */
    private record Sent(Map<String, String> query, Map<String, String> headers, String rawQuery) {
        SignableRequest asReceived(String host) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put("host", host);
            return new SignableRequest("POST", host, "/", PercentEncoder.decodeQuery(rawQuery), all, new byte[0]);
        }
    }

    private static Sent send(SigningDecorator decorator, URI endpoint, RpcRequest request) {
        Map<String, String> query = new LinkedHashMap<>(request.query());
        Map<String, String> headers = decorator.decorate("POST", endpoint, query, request);
        return new Sent(query, headers, PercentEncoder.queryString(query));
    }

    @Test
    void v3KeepsActionVersionAndFormatOutOfTheQueryLikeTheSdk() {
        // The evidence: the official SDK's own V3 request carries none of the three in its query.
        assertThat(SdkCapture.v3().query()).doesNotContainKeys("Action", "Version", "Format");
        Sent sent = send(v3(KEY), ENDPOINT, request());

        assertThat(sent.query()).doesNotContainKeys("Action", "Version", "Format")
                .containsEntry("PageSize", "10").containsEntry("Filters.1.Values.3", "");
        assertThat(sent.headers()).containsEntry("x-acs-action", "DescribeRestoreJobs2")
                .containsEntry("x-acs-version", "2017-09-08").containsEntry("x-acs-date", "2026-11-24T04:08:01Z")
                .containsEntry("x-acs-signature-nonce", NONCE)
                .containsKeys("x-acs-content-sha256", "Authorization").doesNotContainKey("host");
        assertThat(sent.headers().get("Authorization"))
                .startsWith("ACS3-HMAC-SHA256 Credential=kit-id,SignedHeaders=host;x-acs-action;x-acs-content-sha256;"
                        + "x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=");
    }

    @Test
    void v3CanonicalQueryIsExactlyWhatIsSent() throws Exception {
        Sent sent = send(v3(KEY), ENDPOINT, request());

        assertThat(SignatureVerifier.forCredentials(KEY).verify(sent.asReceived("127.0.0.1:18080")).ok()).isTrue();

        TeaRequest tea = TeaRequest.create();
        tea.method = "POST";
        tea.pathname = "/";
        tea.query = new HashMap<>(PercentEncoder.decodeQuery(sent.rawQuery()));
        tea.headers = new HashMap<>(sent.headers());
        tea.headers.remove("Authorization");
        tea.headers.put("host", "127.0.0.1:18080");
        String official = Client.getAuthorization(tea, "ACS3-HMAC-SHA256", sent.headers().get("x-acs-content-sha256"),
                KEY.accessKeyId(), KEY.accessKeySecret());
        assertThat(sent.headers().get("Authorization")).isEqualTo(official);
    }

    @Test
    void v1SignsTheWholeSentQuery() throws Exception {
        Sent sent = send(v1(KEY), ENDPOINT, request());

        assertThat(sent.headers()).isEmpty();
        assertThat(sent.query()).containsEntry("Action", "DescribeRestoreJobs2").containsEntry("Version", "2017-09-08")
                .containsEntry("Format", "json").containsEntry("AccessKeyId", "kit-id")
                .containsEntry("SignatureMethod", "HMAC-SHA1").containsKey("Signature");
        assertThat(SignatureVerifier.forCredentials(KEY).verify(sent.asReceived("127.0.0.1:18080")).ok()).isTrue();

        Map<String, String> received = new HashMap<>(PercentEncoder.decodeQuery(sent.rawQuery()));
        String signature = received.remove("Signature");
        assertThat(signature).isEqualTo(Client.getRPCSignature(received, "POST", KEY.accessKeySecret()));
    }

    @Test
    void stsTokensTravelAndAreReportedAsSecrets() {
        Sent v3 = send(v3(STS), ENDPOINT, request());
        assertThat(v3.headers()).containsEntry("x-acs-security-token", STS.securityToken());
        assertThat(v3.headers().get("Authorization")).contains("x-acs-security-token");
        assertThat(SignatureVerifier.forCredentials(STS).verify(v3.asReceived("127.0.0.1:18080")).ok()).isTrue();

        Sent v1 = send(v1(STS), ENDPOINT, request());
        assertThat(v1.query()).containsEntry("SecurityToken", STS.securityToken());
        assertThat(SignatureVerifier.forCredentials(STS).verify(v1.asReceived("127.0.0.1:18080")).ok()).isTrue();

        assertThat(v3(STS).secretValues()).containsExactly(STS.accessKeySecret(), STS.securityToken());
        assertThat(v3(KEY).secretValues()).containsExactly(KEY.accessKeySecret());
        assertThat(v3(STS).toString()).doesNotContain(STS.accessKeySecret()).doesNotContain(STS.securityToken())
                .contains("ACS3-HMAC-SHA256").contains("STS.kit");
    }

    @Test
    void theRequestsOwnActionAndVersionAreSigned() {
        Sent sent = send(v3(KEY), ENDPOINT, request().withAction("DescribeRestoreJobs2NoSuchAction").withVersion("2099-01-01"));
        assertThat(sent.headers()).containsEntry("x-acs-action", "DescribeRestoreJobs2NoSuchAction")
                .containsEntry("x-acs-version", "2099-01-01");
        assertThat(SignatureVerifier.forCredentials(KEY).verify(sent.asReceived("127.0.0.1:18080")).ok()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({"http://127.0.0.1:18080, 127.0.0.1:18080, /", "http://h:80, h, /", "https://h:443/, h, /",
            "https://hbr.cn-hangzhou.aliyuncs.com, hbr.cn-hangzhou.aliyuncs.com, /", "https://h:8443/api/, h:8443, /api/",
            "http://h/api, h, /api/"})
    void hostAndPathAreWhatTheClientSends(String endpoint, String host, String path) {
        assertThat(SigningDecorator.hostHeader(URI.create(endpoint))).isEqualTo(host);
        assertThat(SigningDecorator.path(URI.create(endpoint))).isEqualTo(path);
    }

    private static KitSettings settings(Map<String, String> env, String signature) {
        Properties props = new Properties();
        props.setProperty("kit.root", io.restorekit.TestApis.ROOT.toString());
        if (signature != null) {
            props.setProperty("conformance.signature", signature);
        }
        return KitSettings.from(props, env);
    }

    @Test
    void forSettingsSignsWhenCredentialsAreSet() {
        assertThat(SigningDecorator.forSettings(settings(Map.of(), null))).isSameAs(RpcClient.RequestDecorator.NONE);
        RpcClient.RequestDecorator v1 = SigningDecorator.forSettings(settings(Map.of(
                "ALIBABA_CLOUD_ACCESS_KEY_ID", "env-id", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret"), "v1"));
        assertThat(v1).isInstanceOfSatisfying(SigningDecorator.class, d -> {
            assertThat(d.signature()).isEqualTo(CallSettings.Signature.V1);
            assertThat(d.accessKeyId()).isEqualTo("env-id");
        });
        assertThat(((SigningDecorator) SigningDecorator.forSettings(settings(Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID",
                "env-id", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret"), null))).algorithm())
                .isEqualTo("ACS3-HMAC-SHA256");
    }

    @Test
    void credentialsSetInPartAreOneLineThatQuotesNoSecret() {
        Throwable error = catchThrowable(() -> SigningDecorator.forSettings(settings(Map.of(
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "half-secret"), null)));
        assertThat(error).isInstanceOf(ConfigurationException.class)
                .hasMessage("ALIBABA_CLOUD_ACCESS_KEY_SECRET is set but ALIBABA_CLOUD_ACCESS_KEY_ID is not: set both or neither");
        assertThat(error.getMessage()).doesNotContain("half-secret");
    }
}
