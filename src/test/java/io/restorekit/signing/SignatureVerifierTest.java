package io.restorekit.signing;

import static io.restorekit.signing.VerificationResult.INCOMPLETE_SIGNATURE;
import static io.restorekit.signing.VerificationResult.INVALID_ACCESS_KEY_ID_NOT_FOUND;
import static io.restorekit.signing.VerificationResult.SIGNATURE_DOES_NOT_MATCH;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SignatureVerifierTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T04:08:01Z"), ZoneOffset.UTC);
    private static final Credentials KEY = Credentials.of("kit-id", "kit-secret");
    private static final Credentials STS = new Credentials("STS.kit", "sts-secret", "sts+token/=~");
    private static final SignatureVerifier VERIFIER = SignatureVerifier.forCredentials(KEY, STS,
            Credentials.of(SdkCapture.ACCESS_KEY_ID, SdkCapture.SECRET));

    private static final SignableRequest UNSIGNED = SignableRequest.rpcPost("127.0.0.1:18080", query());

    private static Map<String, String> query() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("RestoreType", "ECS_FILE");
        query.put("Filters.1.Key", "VaultId");
        query.put("Filters.1.Operator", "IN");
        query.put("Filters.1.Values.1", "v-1 a*b~é中");
        query.put("Filters.1.Values.2", "");
        query.put("PageSize", "10");
        return query;
    }

    static Stream<Arguments> signers() {
        return Stream.of(
                Arguments.of("V3", new AcsV3Signer(CLOCK, () -> "nonce-v3")),
                Arguments.of("V1", new RpcV1Signer(CLOCK, () -> "nonce-v1")));
    }

    private static SignableRequest signed(RequestSigner signer, Credentials credentials, SignableRequest request) {
        return signer.sign(request, credentials, "DescribeRestoreJobs2", "2017-09-08").applyTo(request);
    }

    private static SignableRequest withQuery(SignableRequest request, UnaryOperator<Map<String, String>> change) {
        return new SignableRequest(request.method(), request.host(), request.path(),
                change.apply(new LinkedHashMap<>(request.query())), request.headers(), request.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signers")
    void ourSignatureVerifies(String scheme, RequestSigner signer) {
        assertThat(VERIFIER.verify(signed(signer, KEY, UNSIGNED)))
                .returns(true, VerificationResult::ok).returns(null, VerificationResult::code);
        assertThat(VERIFIER.verify(signed(signer, STS, UNSIGNED)).ok()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signers")
    void aTamperedQueryValueDoesNotMatch(String scheme, RequestSigner signer) {
        SignableRequest tampered = withQuery(signed(signer, KEY, UNSIGNED), q -> {
            q.put("PageSize", "100");
            return q;
        });
        assertThat(VERIFIER.verify(tampered).code()).isEqualTo(SIGNATURE_DOES_NOT_MATCH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signers")
    void anAddedParameterDoesNotMatch(String scheme, RequestSigner signer) {
        SignableRequest tampered = withQuery(signed(signer, KEY, UNSIGNED), q -> {
            q.put("Filters.1.Values.3", "extra");
            return q;
        });
        assertThat(VERIFIER.verify(tampered).code()).isEqualTo(SIGNATURE_DOES_NOT_MATCH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signers")
    void theWrongSecretDoesNotMatch(String scheme, RequestSigner signer) {
        SignableRequest request = signed(signer, Credentials.of("kit-id", "not-the-secret"), UNSIGNED);
        VerificationResult result = VERIFIER.verify(request);
        assertThat(result.ok()).isFalse();
        assertThat(result.code()).isEqualTo(SIGNATURE_DOES_NOT_MATCH);
        assertThat(result.message()).contains("string to sign").doesNotContain("kit-secret")
                .doesNotContain("not-the-secret");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signers")
    void anUnknownKeyIdIsNotFound(String scheme, RequestSigner signer) {
        VerificationResult result = VERIFIER.verify(signed(signer, Credentials.of("who", "kit-secret"), UNSIGNED));
        assertThat(result.code()).isEqualTo(INVALID_ACCESS_KEY_ID_NOT_FOUND);
        assertThat(result.message()).contains("who");
    }

    @Test
    void anUnsignedRequestIsIncomplete() {
        VerificationResult result = VERIFIER.verify(UNSIGNED);
        assertThat(result.ok()).isFalse();
        assertThat(result.code()).isEqualTo(INCOMPLETE_SIGNATURE);
    }

    @Nested
    class V3 {

        private final SignableRequest signed = signed(new AcsV3Signer(CLOCK, () -> "n"), KEY, UNSIGNED);

        private SignableRequest withAuthorization(String authorization) {
            return signed.with(Map.of("Authorization", authorization), Map.of());
        }

        @Test
        void missingAuthorizationIsIncomplete() {
            Map<String, String> headers = new LinkedHashMap<>(signed.headers());
            headers.remove("Authorization");
            SignableRequest stripped = new SignableRequest("POST", signed.host(), "/", signed.query(), headers, null);
            assertThat(VERIFIER.verify(stripped).code()).isEqualTo(INCOMPLETE_SIGNATURE);
        }

        @Test
        void malformedAuthorizationIsIncomplete() {
            assertThat(VERIFIER.verify(withAuthorization("ACS3-HMAC-SHA256")).code()).isEqualTo(INCOMPLETE_SIGNATURE);
            assertThat(VERIFIER.verify(withAuthorization("ACS3-HMAC-SHA256 Credential=kit-id")))
                    .returns(INCOMPLETE_SIGNATURE, VerificationResult::code)
                    .returns("The Authorization header has no SignedHeaders.", VerificationResult::message);
            assertThat(VERIFIER.verify(withAuthorization("ACS3-HMAC-SHA256 Credential=kit-id,SignedHeaders=host,"
                    + "Signature=00")).message()).contains("'x-acs-action'");
            assertThat(VERIFIER.verify(withAuthorization("ACS3-RSA-SHA256 Credential=kit-id")).message())
                    .contains("Unsupported signature algorithm 'ACS3-RSA-SHA256'");
            assertThat(VERIFIER.verify(withAuthorization("Bearer abc")).code()).isEqualTo(INCOMPLETE_SIGNATURE);
        }

        @Test
        void aRequiredHeaderLeftOutOfSignedHeadersIsIncomplete() {
            String authorization = signed.header("Authorization").orElseThrow()
                    .replace("x-acs-date;", "");
            VerificationResult result = VERIFIER.verify(withAuthorization(authorization));
            assertThat(result.code()).isEqualTo(INCOMPLETE_SIGNATURE);
            assertThat(result.message()).contains("x-acs-date");
        }

        @Test
        void aSignedHeaderMissingFromTheRequestIsIncomplete() {
            Map<String, String> headers = new LinkedHashMap<>(signed.headers());
            headers.remove("x-acs-signature-nonce");
            SignableRequest request = new SignableRequest("POST", signed.host(), "/", signed.query(), headers, null);
            assertThat(VERIFIER.verify(request))
                    .returns(INCOMPLETE_SIGNATURE, VerificationResult::code)
                    .returns("Signed header 'x-acs-signature-nonce' is not in the request.", VerificationResult::message);
        }

        @Test
        void unsortedSignedHeadersAreIncomplete() {
            String authorization = signed.header("Authorization").orElseThrow()
                    .replace("SignedHeaders=host;", "SignedHeaders=").replace(",Signature", ";host,Signature");
            assertThat(VERIFIER.verify(withAuthorization(authorization)).code()).isEqualTo(INCOMPLETE_SIGNATURE);
        }

        @Test
        void aTamperedSignedHeaderDoesNotMatch() {
            assertThat(VERIFIER.verify(signed.with(Map.of("x-acs-action", "DescribeVaults"), Map.of())).code())
                    .isEqualTo(SIGNATURE_DOES_NOT_MATCH);
        }

        @Test
        void aTamperedBodyDoesNotMatch() {
            SignableRequest withBody = new SignableRequest("POST", signed.host(), "/", signed.query(),
                    signed.headers(), "x".getBytes(StandardCharsets.UTF_8));
            assertThat(VERIFIER.verify(withBody))
                    .returns(SIGNATURE_DOES_NOT_MATCH, VerificationResult::code)
                    .extracting(VerificationResult::message).asString().contains("x-acs-content-sha256");
        }

        @Test
        void headerNamesAreMatchedIgnoringCaseAndUnsignedHeadersIgnored() {
            Map<String, String> headers = new LinkedHashMap<>();
            signed.headers().forEach((name, value) -> headers.put(name.toUpperCase(), value));
            headers.put("User-Agent", "anything");
            headers.put("Accept-Encoding", "gzip");
            SignableRequest request = new SignableRequest("POST", signed.host(), "/", signed.query(), headers, null);
            assertThat(VERIFIER.verify(request).ok()).isTrue();
        }

        @Test
        void aSecurityTokenHeaderMustBeSigned() {
            SignableRequest sts = signed(new AcsV3Signer(CLOCK, () -> "n"), STS, UNSIGNED);
            String authorization = sts.header("Authorization").orElseThrow().replace(";x-acs-security-token", "");
            VerificationResult result = VERIFIER.verify(sts.with(Map.of("Authorization", authorization), Map.of()));
            assertThat(result.code()).isEqualTo(INCOMPLETE_SIGNATURE);
            assertThat(result.message()).contains("x-acs-security-token");
        }

        @Test
        void theCapturedSdkRequestVerifies() {
            SignableRequest received = SdkCapture.v3().asReceived();
            assertThat(VERIFIER.verify(received).ok()).isTrue();
            assertThat(SignatureVerifier.forKeys(Map.of(SdkCapture.ACCESS_KEY_ID, "wrong")).verify(received).code())
                    .isEqualTo(SIGNATURE_DOES_NOT_MATCH);
        }
    }

    @Nested
    class V1 {

        private final SignableRequest signed = signed(new RpcV1Signer(CLOCK, () -> "n"), KEY, UNSIGNED);

        @ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {"Signature", "AccessKeyId", "SignatureNonce",
                "Timestamp", "SignatureMethod", "SignatureVersion"})
        void aMissingSigningParameterIsIncomplete(String parameter) {
            VerificationResult result = VERIFIER.verify(withQuery(signed, q -> {
                q.remove(parameter);
                return q;
            }));
            assertThat(result.code()).isEqualTo(INCOMPLETE_SIGNATURE);
            assertThat(result.message()).isEqualTo("Required parameter '" + parameter + "' is missing.");
        }

        @Test
        void anotherSignatureMethodIsIncomplete() {
            VerificationResult result = VERIFIER.verify(withQuery(signed, q -> {
                q.put("SignatureMethod", "HMAC-SHA256");
                return q;
            }));
            assertThat(result.code()).isEqualTo(INCOMPLETE_SIGNATURE);
            assertThat(result.message()).contains("HMAC-SHA256");
        }

        @Test
        void aSignatureThatIsNotBase64DoesNotMatch() {
            assertThat(VERIFIER.verify(withQuery(signed, q -> {
                q.put("Signature", "%%%");
                return q;
            })).code()).isEqualTo(SIGNATURE_DOES_NOT_MATCH);
        }

        @Test
        void theMethodIsSigned() {
            SignableRequest asGet = new SignableRequest("GET", signed.host(), "/", signed.query(), Map.of(), null);
            assertThat(VERIFIER.verify(asGet).code()).isEqualTo(SIGNATURE_DOES_NOT_MATCH);
        }

        @Test
        void theCapturedSdkRequestVerifies() {
            SignableRequest received = SdkCapture.v1().asReceived();
            assertThat(VERIFIER.verify(received).ok()).isTrue();
            assertThat(SignatureVerifier.forKeys(Map.of(SdkCapture.ACCESS_KEY_ID, "wrong")).verify(received).code())
                    .isEqualTo(SIGNATURE_DOES_NOT_MATCH);
        }
    }
}
