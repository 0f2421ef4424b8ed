package io.restorekit.target;

import io.restorekit.config.TargetSpec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.restorekit.TestApis;
import io.restorekit.config.ConfigurationException;
import io.restorekit.config.KitSettings;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Credentials are checked with the target, before anything starts: one line, no secret quoted. */
class TargetsCredentialsTest {

    private static KitSettings settings(String target, Map<String, String> given) {
        // A home without credential files: the live target's chain would read ~/.aliyun and ~/.alibabacloud.
        Map<String, String> env = new java.util.HashMap<>(given);
        env.put("HOME", TestApis.ROOT.resolve("target/no-such-home").toString());
        Properties props = new Properties();
        props.setProperty("kit.root", TestApis.ROOT.toString());
        props.setProperty("conformance.target", target);
        return KitSettings.from(props, env);
    }

    @Test
    void liveNeedsCredentials() {
        assertThat(catchThrowable(() -> Targets.parse(settings("alibaba:cn-hangzhou", Map.of()))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("conformance.target=alibaba:cn-hangzhou needs credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID"
                        + " and ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for STS), or a profile; the"
                        + " kit looked in the environment (ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET),"
                        + " the OIDC role (ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE),"
                        + " the aliyun CLI's ~/.aliyun/config.json, ALIBABA_CLOUD_CREDENTIALS_FILE or"
                        + " ~/.alibabacloud/credentials.ini, the ECS RAM role named by ALIBABA_CLOUD_ECS_METADATA");
        assertThat(Targets.parse(settings("alibaba:cn-hangzhou", Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "id",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret")))).isEqualTo(new TargetSpec.Live("cn-hangzhou"));
    }

    @Test
    void credentialsSetInPartAreRefusedForAnyTarget() {
        for (String target : new String[] {"alibaba:cn-hangzhou", "stubs", "http://127.0.0.1:1"}) {
            Throwable onlyId = catchThrowable(() -> Targets.parse(settings(target,
                    Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "only-id"))));
            assertThat(onlyId).isInstanceOf(ConfigurationException.class)
                    .hasMessage("ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not: set both or neither");
            Throwable onlySecret = catchThrowable(() -> Targets.parse(settings(target,
                    Map.of("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "only-secret-value"))));
            assertThat(onlySecret).isInstanceOf(ConfigurationException.class)
                    .hasMessageNotContaining("only-secret-value").hasMessageContaining("set both or neither");
        }
        Throwable tokenOnly = catchThrowable(() -> Targets.parse(settings("stubs",
                Map.of("ALIBABA_CLOUD_SECURITY_TOKEN", "tok-value"))));
        assertThat(tokenOnly).isInstanceOf(ConfigurationException.class).hasMessageNotContaining("tok-value");
    }
}
