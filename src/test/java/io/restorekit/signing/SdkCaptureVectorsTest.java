package io.restorekit.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our signers reproduce, byte for byte, the two requests the official HBR SDK sent. */
class SdkCaptureVectorsTest {

    private static final Credentials TEST = Credentials.of(SdkCapture.ACCESS_KEY_ID, SdkCapture.SECRET);
    private static final List<String> V1_PARAMETERS = List.of("Action", "Format", "Version", "Timestamp",
            "SignatureNonce", "SignatureMethod", "SignatureVersion", "AccessKeyId", "Signature");

    @Test
    void theCaptureHoldsBothRequests() {
        assertThat(SdkCapture.load()).hasSize(2);
        assertThat(SdkCapture.v3().query()).containsEntry("Filters.2.Values.1", "v-1 a*b~").hasSize(11);
    }

    @Test
    void v3AuthorizationMatchesTheSdk() {
        SdkCapture sdk = SdkCapture.v3();
        // What the HTTP client hands to the signer: the business parameters and the SDK's own extra x-acs- header.
        SignableRequest request = new SignableRequest("POST", SdkCapture.HOST, "/", sdk.query(),
                Map.of("x-acs-credentials-provider", "static_ak", "user-agent", sdk.header("user-agent"),
                        "accept", "application/json"),
                new byte[0]);
        AcsV3Signer signer = new AcsV3Signer(fixedClock(sdk.header("x-acs-date")),
                () -> sdk.header("x-acs-signature-nonce"));

        SignedParts parts = signer.sign(request, TEST, "DescribeRestoreJobs2", "2017-09-08");

        assertThat(parts.headers().get("Authorization")).isEqualTo(sdk.header("Authorization"))
                .endsWith("Signature=ec91c68780e3e9d6b383ecc917a06dec53c67d34507a16580bea3d9e6a8182c6");
        for (String name : List.of("host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce",
                "x-acs-content-sha256")) {
            assertThat(parts.headers()).as(name).containsEntry(name, sdk.header(name));
        }
        assertThat(parts.headers().get("x-acs-content-sha256"))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(parts.queryParameters()).isEmpty();
    }

    @Test
    void v1SignatureMatchesTheSdk() {
        SdkCapture sdk = SdkCapture.v1();
        Map<String, String> business = new LinkedHashMap<>(sdk.query());
        business.keySet().removeAll(V1_PARAMETERS);
        RpcV1Signer signer = new RpcV1Signer(fixedClock(sdk.query().get("Timestamp")),
                () -> sdk.query().get("SignatureNonce"));

        SignedParts parts = signer.sign(SignableRequest.rpcPost(SdkCapture.HOST, business), TEST,
                "DescribeRestoreJobs2", "2017-09-08");

        assertThat(parts.queryParameters().get("Signature")).isEqualTo("5Qdhlj9TE5NeXN15/3zBNrOwftg=");
        // Every parameter the SDK added, with the same value (Format is lower-case "json").
        for (String name : V1_PARAMETERS) {
            assertThat(parts.queryParameters()).as(name).containsEntry(name, sdk.query().get(name));
        }
        assertThat(parts.queryParameters()).hasSameSizeAs(V1_PARAMETERS);
        assertThat(parts.headers()).isEmpty();
        assertThat(parts.applyTo(SignableRequest.rpcPost(SdkCapture.HOST, business)).query())
                .isEqualTo(sdk.query());
    }

    private static Clock fixedClock(String isoInstant) {
        return Clock.fixed(Instant.parse(isoInstant), ZoneOffset.UTC);
    }
}
