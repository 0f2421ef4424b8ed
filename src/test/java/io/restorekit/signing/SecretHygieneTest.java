package io.restorekit.signing;

import io.restorekit.wire.PercentEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No printed form, exception message or verifier message carries the secret or the STS token. */
class SecretHygieneTest {

    private static final String SECRET = "Sup3r/Secret+Value=";
    private static final String TOKEN = "CAIS/Sts+Token=Value~1";
    private static final Credentials STS = new Credentials("STS.hygiene", SECRET, TOKEN);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T04:08:01Z"), ZoneOffset.UTC);
    private static final SignableRequest REQUEST = SignableRequest.rpcPost("127.0.0.1:18080",
            Map.of("RestoreType", "ECS_FILE", "PageSize", "10"));

    /** Every form a secret could take in a string: raw, percent-encoded, doubly percent-encoded. */
    private static List<String> forbidden() {
        List<String> forms = new ArrayList<>();
        for (String value : List.of(SECRET, TOKEN)) {
            forms.add(value);
            forms.add(PercentEncoder.encode(value));
            forms.add(PercentEncoder.encode(PercentEncoder.encode(value)));
        }
        return forms;
    }

    private static void assertClean(String text) {
        for (String form : forbidden()) {
            assertThat(text).doesNotContain(form);
        }
    }

    @Test
    void printedFormsAreMasked() {
        assertClean(STS.toString());
        for (RequestSigner signer : List.of(new AcsV3Signer(CLOCK, () -> "n"), new RpcV1Signer(CLOCK, () -> "n"))) {
            SignedParts parts = signer.sign(REQUEST, STS, "DescribeRestoreJobs2", "2017-09-08");
            assertThat(parts.headers().values().stream().anyMatch(TOKEN::equals)
                    || parts.queryParameters().values().stream().anyMatch(TOKEN::equals))
                    .as("the token travels with the request").isTrue();
            assertClean(parts.toString());
            assertClean(parts.applyTo(REQUEST).toString());
        }
    }

    @Test
    void verifierMessagesAreMasked() {
        SignatureVerifier knowsOtherSecret = SignatureVerifier.forKeys(Map.of("STS.hygiene", "other"));
        SignatureVerifier knowsNothing = SignatureVerifier.forKeys(Map.of());
        for (RequestSigner signer : List.of(new AcsV3Signer(CLOCK, () -> "n"), new RpcV1Signer(CLOCK, () -> "n"))) {
            SignableRequest sent = signer.sign(REQUEST, STS, "DescribeRestoreJobs2", "2017-09-08").applyTo(REQUEST);
            VerificationResult mismatch = knowsOtherSecret.verify(sent);
            assertThat(mismatch.code()).isEqualTo(VerificationResult.SIGNATURE_DOES_NOT_MATCH);
            assertThat(mismatch.message()).contains("****");
            assertClean(mismatch.message());
            assertClean(knowsNothing.verify(sent).message());
            assertClean(SignatureVerifier.forCredentials(STS).verify(sent).message());
        }
    }

    @Test
    void exceptionMessagesAreClean() {
        List<Throwable> errors = new ArrayList<>();
        errors.add(catchThrowable(() -> new Credentials(null, SECRET, TOKEN)));
        errors.add(catchThrowable(() -> new Credentials(" ", SECRET, TOKEN)));
        errors.add(catchThrowable(() -> new Credentials("id", "", TOKEN)));
        errors.add(catchThrowable(() -> Credentials.fromEnvironment(Map.of(
                Credentials.ENV_ACCESS_KEY_SECRET, SECRET, Credentials.ENV_SECURITY_TOKEN, TOKEN))));
        errors.add(catchThrowable(() -> Credentials.fromEnvironment(Map.of(Credentials.ENV_SECURITY_TOKEN, TOKEN))));
        errors.add(catchThrowable(() -> new AcsV3Signer().sign(REQUEST, STS, null, "2017-09-08")));
        errors.add(catchThrowable(() -> new RpcV1Signer().sign(null, STS, "A", "V")));
        Map<String, String> nullValue = new LinkedHashMap<>();
        nullValue.put("SecurityToken", null);
        errors.add(catchThrowable(() -> SignableRequest.rpcPost("h", nullValue)));
        assertThat(errors).doesNotContainNull();
        for (Throwable error : errors) {
            assertClean(String.valueOf(error.getMessage()));
            assertClean(error.toString());
        }
    }
}
