package io.restorekit.target;

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

    private static KitSettings settings(String target, Map<String, String> env) {
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
                        + " and ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for STS)");
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
