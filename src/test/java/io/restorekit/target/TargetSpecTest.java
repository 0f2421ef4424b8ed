package io.restorekit.target;

import io.restorekit.config.TargetSpec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.restorekit.TestApis;
import io.restorekit.config.ConfigurationException;
import io.restorekit.config.KitSettings;
import java.net.URI;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TargetSpecTest {

    @Test
    void stubsIsTheDefault() {
        assertThat(TargetSpec.parse("conformance.target", null)).isEqualTo(new TargetSpec.Stubs());
        assertThat(TargetSpec.parse("conformance.target", "  STUBS ")).isEqualTo(new TargetSpec.Stubs());
    }

    @Test
    void aBaseUrlLosesItsTrailingSlash() {
        assertThat(TargetSpec.parse("conformance.target", "http://127.0.0.1:8089/"))
                .isEqualTo(new TargetSpec.Url(URI.create("http://127.0.0.1:8089")));
        assertThat(TargetSpec.parse("conformance.target", "https://emulator.example:443/api/"))
                .isEqualTo(new TargetSpec.Url(URI.create("https://emulator.example:443/api")));
    }

    @Test
    void liveNamesARegion() {
        assertThat(TargetSpec.parse("conformance.target", "alibaba:cn-hangzhou")).isEqualTo(new TargetSpec.Live("cn-hangzhou"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"stub", "localhost:8080", "ftp://x", "http://", "http://h:99999", "http://h/?a=b",
            "alibaba:", "alibaba:Hangzhou", "http://user:pw@h:1"})
    void malformedValuesFailWithOneLineNamingTheValueAndWhatIsAccepted(String value) {
        assertThatThrownBy(() -> TargetSpec.parse("conformance.target", value))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("conformance.target='" + value + "'")
                .hasMessageContaining("accepted: 'stubs'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"))
                .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
    }

    @Test
    void liveRefusesToStartWithoutCredentials() {
        KitSettings settings = settings(Map.of("conformance.target", "alibaba:cn-shanghai"), Map.of());
        assertThatThrownBy(() -> Targets.parse(settings))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("ALIBABA_CLOUD_ACCESS_KEY_ID");
    }

    @Test
    void liveEndpointsFollowTheDescriptors() {
        KitSettings settings = settings(Map.of("conformance.target", "alibaba:ap-southeast-1"),
                Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "id", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret"));
        try (Target target = Targets.open(settings)) {
            assertThat(target.live()).isTrue();
            assertThat(target.region()).contains("ap-southeast-1");
            assertThat(target.endpoint(TestApis.hbr())).isEqualTo(URI.create("https://hbr.ap-southeast-1.aliyuncs.com"));
            assertThat(target.endpoint(TestApis.dbs())).isEqualTo(URI.create("https://dbs-api.ap-southeast-1.aliyuncs.com"));
        }
        KitSettings shanghai = settings(Map.of("conformance.target", "alibaba:cn-shanghai"),
                Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "id", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret"));
        try (Target target = Targets.open(shanghai)) {
            assertThat(target.endpoint(TestApis.dbs())).isEqualTo(URI.create("https://dbs-api.cn-hangzhou.aliyuncs.com"));
        }
    }

    @Test
    void perApiOverridesWinAndComeFromTheEnvironmentToo() {
        KitSettings settings = settings(Map.of("conformance.target", "http://127.0.0.1:1"),
                Map.of("CONFORMANCE_DBS_ENDPOINT", "http://127.0.0.1:2"));
        try (Target target = Targets.open(settings)) {
            assertThat(target.endpoint(TestApis.hbr())).isEqualTo(URI.create("http://127.0.0.1:1"));
            assertThat(target.endpoint(TestApis.dbs())).isEqualTo(URI.create("http://127.0.0.1:2"));
        }
    }

    @Test
    void theEnvironmentNamesTheTargetWhenNoPropertyDoes() {
        KitSettings settings = settings(Map.of(), Map.of("CONFORMANCE_TARGET", "http://127.0.0.1:9"));
        assertThat(Targets.parse(settings)).isEqualTo(new TargetSpec.Url(URI.create("http://127.0.0.1:9")));
    }

    @Test
    void aBadTimeoutIsOneClearLine() {
        assertThatThrownBy(() -> settings(Map.of("conformance.timeout", "soon"), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("conformance.timeout='soon' is not a usable number of seconds: it must be more than 0 and at most 3600");
    }

    static KitSettings settings(Map<String, String> props, Map<String, String> env) {
        Properties p = new Properties();
        p.setProperty("kit.root", TestApis.ROOT.toString());
        props.forEach(p::setProperty);
        return KitSettings.from(p, env);
    }
}
