package io.restorekit.signing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialRejectionTest {
    private static final String PERMISSION = "hbr:DescribeRestoreJobs2";

    @Test
    void eachCredentialCodeNamesWhatToCheck() {
        assertThat(CredentialRejection.hint("SignatureDoesNotMatch", "kit-id", PERMISSION)).contains(
                "check ALIBABA_CLOUD_ACCESS_KEY_SECRET (the secret of AccessKeyId kit-id)");
        assertThat(CredentialRejection.hint("InvalidAccessKeyId.NotFound", "kit-id", PERMISSION)).contains(
                "check ALIBABA_CLOUD_ACCESS_KEY_ID (the target does not accept AccessKeyId kit-id)");
        assertThat(CredentialRejection.hint("IncompleteSignature", null, PERMISSION)).contains(
                "the target requires signed requests: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET");
        assertThat(CredentialRejection.hint("IncompleteSignature", "kit-id", PERMISSION).orElseThrow())
                .contains("-Dconformance.signature");
        assertThat(CredentialRejection.hint("InvalidSecurityToken.Expired", "STS.x", PERMISSION).orElseThrow())
                .contains("ALIBABA_CLOUD_SECURITY_TOKEN");
        assertThat(CredentialRejection.hint("Forbidden.RAM", "kit-id", PERMISSION).orElseThrow())
                .isEqualTo("grant AccessKeyId kit-id the permission hbr:DescribeRestoreJobs2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "InvalidParameter", "InvalidAction.NotFound", "Throttling.User", "InternalError"})
    void otherCodesAreNotAboutCredentials(String code) {
        assertThat(CredentialRejection.hint(code, "kit-id", PERMISSION)).isEmpty();
        assertThat(CredentialRejection.hint(null, "kit-id", PERMISSION)).isEmpty();
    }
}
