package io.restorekit.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.openapiutil.Client;
import com.aliyun.tea.TeaRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our signers against the official implementation ({@code com.aliyun:openapiutil}, test scope): the same request and
 * the same x-acs-date / nonce must give the same V3 Authorization and the same V1 Signature.
 */
class OfficialSignerOracleTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T04:08:01.789Z"), ZoneOffset.UTC);
    private static final String NONCE = "0123456789abcdef0123456789abcdef";
    private static final Credentials KEY = Credentials.of("LTAI5tOracleKey", "Oracle+/=&~Secret");
    private static final Credentials STS = new Credentials("STS.NUoracle", "Oracle+/=&~Secret",
            "CAIS+token/with=special&chars~");

    record Vector(String name, SignableRequest request, Credentials credentials, String action, String version) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Vector> vectors() {
        Map<String, String> special = new LinkedHashMap<>();
        special.put("Space", "a b");
        special.put("Star", "*");
        special.put("Tilde", "~");
        special.put("Plus", "+");
        special.put("Slash", "/");
        special.put("Equals", "=");
        special.put("Ampersand", "&");
        special.put("Percent", "%");
        special.put("Percent20", "%20");
        special.put("Accent", "é");
        special.put("Han", "中文");
        special.put("Emoji", "😀");
        special.put("Mixed", "v-1 a*b~c+d/e=f&g%h?i#j[k]l@m!n$o'p(q)r,s;t:u");
        special.put("Filters.1.Values.1", "value with spaces and * and ~");

        Map<String, String> empties = new LinkedHashMap<>();
        empties.put("RestoreType", "ECS_FILE");
        empties.put("Filters.1.Key", "VaultId");
        empties.put("Filters.1.Operator", "");
        empties.put("Filters.1.Values.1", "");
        empties.put("PageNumber", "1");
        empties.put("NextToken", "");

        Map<String, String> manyFilters = new LinkedHashMap<>();
        for (int f = 1; f <= 12; f++) {
            manyFilters.put("Filters." + f + ".Key", f % 2 == 0 ? "VaultId" : "CompleteTime");
            manyFilters.put("Filters." + f + ".Operator", f % 2 == 0 ? "IN" : "BETWEEN");
            for (int v = 1; v <= 11; v++) {
                manyFilters.put("Filters." + f + ".Values." + v, "v-" + f + "-" + v + (v % 3 == 0 ? " x*y~" : ""));
            }
        }
        manyFilters.put("PageSize", "100");

        Map<String, String> unicodeKeys = new LinkedHashMap<>();
        unicodeKeys.put("Tag.é", "1");
        unicodeKeys.put("Tag.~", "2");
        unicodeKeys.put("Tag.Z", "3");
        unicodeKeys.put("Tag.a b", "4");
        unicodeKeys.put("Tag.中", "5");

        Map<String, String> dbs = new LinkedHashMap<>();
        dbs.put("BackupPlanId", "dbs1hvb2ho0rwsk");
        dbs.put("StartTimestamp", "1554347313000");
        dbs.put("EndTimestamp", "1554347999000");
        dbs.put("PageNum", "0");
        dbs.put("PageSize", "30");
        dbs.put("RegionId", "cn-hangzhou");

        return Stream.of(
                new Vector("special characters in values", SignableRequest.rpcPost("hbr.cn-hangzhou.aliyuncs.com",
                        special), KEY, "DescribeRestoreJobs2", "2017-09-08"),
                new Vector("empty values", SignableRequest.rpcPost("127.0.0.1:18080", empties), KEY,
                        "DescribeRestoreJobs2", "2017-09-08"),
                new Vector("12 Filters x 11 Values (Filters.10 sorts before Filters.2)",
                        SignableRequest.rpcPost("127.0.0.1:18080", manyFilters), KEY, "DescribeRestoreJobs2",
                        "2017-09-08"),
                new Vector("non-ASCII and reserved characters in names", SignableRequest.rpcPost("localhost:8080",
                        unicodeKeys), KEY, "DescribeRestoreJobs2", "2017-09-08"),
                new Vector("no parameters at all", SignableRequest.rpcPost("127.0.0.1:18080", Map.of()), KEY,
                        "DescribeRestoreJobs2", "2017-09-08"),
                new Vector("STS security token", SignableRequest.rpcPost("dbs-api.cn-hangzhou.aliyuncs.com", dbs),
                        STS, "DescribeRestoreTaskList", "2019-03-06"),
                new Vector("DBS action with static key", SignableRequest.rpcPost("dbs-api.cn-hangzhou.aliyuncs.com",
                        dbs), KEY, "DescribeRestoreTaskList", "2019-03-06"),
                new Vector("content-type, padded x-acs header, unsigned headers and a body",
                        new SignableRequest("POST", "127.0.0.1:18080", "/", Map.of("PageSize", "10"),
                                Map.of("Content-Type", "application/json; charset=utf-8",
                                        "X-Acs-Credentials-Provider", "  static_ak  ",
                                        "User-Agent", "kit/1.0", "Accept", "application/json"),
                                "{\"Filters\":[{\"Key\":\"VaultId\"}],\"Name\":\"中\"}"
                                        .getBytes(StandardCharsets.UTF_8)),
                        KEY, "DescribeRestoreJobs2", "2017-09-08"),
                new Vector("GET", new SignableRequest("GET", "127.0.0.1:18080", "/", special, Map.of(), null), KEY,
                        "DescribeRestoreJobs2", "2017-09-08"));
    }

    @ParameterizedTest(name = "V3 {0}")
    @MethodSource("vectors")
    void v3AuthorizationEqualsGetAuthorization(Vector vector) throws Exception {
        SignableRequest request = vector.request();
        SignedParts parts = new AcsV3Signer(CLOCK, () -> NONCE)
                .sign(request, vector.credentials(), vector.action(), vector.version());

        TeaRequest tea = TeaRequest.create();
        tea.method = request.method();
        tea.pathname = request.path();
        tea.query = new HashMap<>(request.query());
        tea.headers = new HashMap<>(request.headers());
        parts.headers().forEach((name, value) -> {
            if (!name.equals("Authorization")) {
                tea.headers.put(name, value);
            }
        });
        String payloadHash = Client.hexEncode(Client.hash(request.body(), "ACS3-HMAC-SHA256"));
        String official = Client.getAuthorization(tea, "ACS3-HMAC-SHA256", payloadHash,
                vector.credentials().accessKeyId(), vector.credentials().accessKeySecret());

        assertThat(parts.headers().get("Authorization")).isEqualTo(official);
        assertThat(parts.headers().get("x-acs-content-sha256")).isEqualTo(payloadHash);
        assertThat(parts.headers().get("x-acs-date")).isEqualTo("2026-11-24T04:08:01Z");
        if (vector.credentials().hasSecurityToken()) {
            assertThat(parts.headers()).containsEntry("x-acs-security-token", vector.credentials().securityToken());
            assertThat(official).contains("x-acs-security-token");
        }
    }

    @ParameterizedTest(name = "V1 {0}")
    @MethodSource("vectors")
    void v1SignatureEqualsGetRpcSignature(Vector vector) throws Exception {
        SignableRequest request = vector.request();
        SignedParts parts = new RpcV1Signer(CLOCK, () -> NONCE)
                .sign(request, vector.credentials(), vector.action(), vector.version());

        Map<String, String> sent = new HashMap<>(parts.applyTo(request).query());
        String signature = sent.remove("Signature");
        String official = Client.getRPCSignature(sent, request.method(), vector.credentials().accessKeySecret());

        assertThat(signature).isEqualTo(official);
        assertThat(sent).containsEntry("Timestamp", "2026-11-24T04:08:01Z").containsEntry("SignatureNonce", NONCE)
                .containsEntry("Action", vector.action()).containsEntry("Version", vector.version());
        if (vector.credentials().hasSecurityToken()) {
            assertThat(sent).containsEntry("SecurityToken", vector.credentials().securityToken());
        }
    }
}
