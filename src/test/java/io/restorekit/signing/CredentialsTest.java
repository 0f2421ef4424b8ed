package io.restorekit.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    private static final String SECRET = "s3cr3t-V4lue";
    private static final String TOKEN = "CAIS-sts-token-value";

    @Test
    void readsAPairAndAnOptionalToken() {
        assertThat(Credentials.fromEnvironment(Map.of(
                "ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIid",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET)))
                .contains(new Credentials("LTAIid", SECRET, null));
        assertThat(Credentials.fromEnvironment(Map.of(
                "ALIBABA_CLOUD_ACCESS_KEY_ID", "STS.id",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET,
                "ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN)))
                .hasValueSatisfying(c -> {
                    assertThat(c.securityToken()).isEqualTo(TOKEN);
                    assertThat(c.hasSecurityToken()).isTrue();
                });
    }

    @Test
    void nothingSetMeansNoCredentials() {
        assertThat(Credentials.fromEnvironment(Map.of())).isEmpty();
        assertThat(Credentials.fromEnvironment(Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "  ",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET", ""))).isEmpty();
    }

    @Test
    void blankTokenIsNoToken() {
        assertThat(Credentials.fromEnvironment(Map.of(
                "ALIBABA_CLOUD_ACCESS_KEY_ID", "id",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET,
                "ALIBABA_CLOUD_SECURITY_TOKEN", " ")))
                .hasValueSatisfying(c -> assertThat(c.hasSecurityToken()).isFalse());
    }

    @Test
    void onlyTheIdIsAClearError() {
        Throwable error = catchThrowable(() -> Credentials.fromEnvironment(Map.of(
                "ALIBABA_CLOUD_ACCESS_KEY_ID", "id", "ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN)));
        assertThat(error).isInstanceOf(IllegalStateException.class)
                .hasMessage("ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not: set both or neither");
        assertThat(error.getMessage()).doesNotContain(TOKEN);
    }

    @Test
    void onlyTheSecretIsAClearErrorThatDoesNotQuoteIt() {
        Throwable error = catchThrowable(() -> Credentials.fromEnvironment(Map.of(
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET)));
        assertThat(error).isInstanceOf(IllegalStateException.class)
                .hasMessage("ALIBABA_CLOUD_ACCESS_KEY_SECRET is set but ALIBABA_CLOUD_ACCESS_KEY_ID is not: set both or neither");
        assertThat(error.getMessage()).doesNotContain(SECRET);
    }

    @Test
    void aTokenWithoutAPairIsAnError() {
        Throwable error = catchThrowable(() -> Credentials.fromEnvironment(Map.of(
                "ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN)));
        assertThat(error).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ALIBABA_CLOUD_SECURITY_TOKEN is set");
        assertThat(error.getMessage()).doesNotContain(TOKEN);
    }

    @Test
    void toStringMasksSecretAndToken() {
        Credentials sts = new Credentials("STS.id", SECRET, TOKEN);
        assertThat(sts.toString())
                .isEqualTo("Credentials[accessKeyId=STS.id, accessKeySecret=****, securityToken=****]")
                .doesNotContain(SECRET).doesNotContain(TOKEN);
        assertThat(Credentials.of("id", SECRET).toString())
                .isEqualTo("Credentials[accessKeyId=id, accessKeySecret=****, securityToken=none]");
        // Records print nested components with their own toString: still masked.
        assertThat(java.util.List.of(sts).toString()).doesNotContain(SECRET).doesNotContain(TOKEN);
        assertThat(java.util.Optional.of(sts).toString()).doesNotContain(SECRET).doesNotContain(TOKEN);
    }

    @Test
    void constructorErrorsNeverQuoteTheInputs() {
        assertThat(catchThrowable(() -> new Credentials("", SECRET, TOKEN)).getMessage())
                .isEqualTo("accessKeyId must not be blank").doesNotContain(SECRET).doesNotContain(TOKEN);
        assertThat(catchThrowable(() -> new Credentials("id", " ", TOKEN)).getMessage())
                .isEqualTo("accessKeySecret must not be blank").doesNotContain(TOKEN);
    }
}
