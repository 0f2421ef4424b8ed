package io.restorekit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.restorekit.TestApis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every documented setting through each of its names: flag, -D property, environment twin; and their precedence. */
class SettingSourcesTest {
    private static final String ROOT = TestApis.ROOT.toString();

    static Stream<SettingSamples.Sample> samples() {
        return SettingSamples.all("http://127.0.0.1:9", TestApis.ROOT.resolve("target/classes/kit").toString(), TestApis.ROOT.resolve("target/settings-test").toString(),
                "@dbs and not @negative").stream();
    }

    private static KitSettings resolve(Properties props, Map<String, String> env, Map<Setting, String> flags) {
        return KitSettings.from(SettingSources.of(props, env).withFlags(flags), TestApis.ROOT, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachNameOfASettingSetsIt(SettingSamples.Sample sample) {
        KitSettings defaults = resolve(new Properties(), Map.of(), Map.of());
        assertThat(sample.resolved().apply(defaults)).as("the sample differs from the default").isNotEqualTo(sample.value());

        Properties props = new Properties();
        props.setProperty(sample.property(), sample.value());
        KitSettings byProperty = resolve(props, Map.of(), Map.of());
        assertThat(sample.resolved().apply(byProperty)).as("-D%s", sample.property()).isEqualTo(sample.value());
        assertThat(byProperty.nameOf(sample.property())).isEqualTo(sample.property());

        KitSettings byEnvironment = resolve(new Properties(), Map.of(sample.environment(), sample.value()), Map.of());
        assertThat(sample.resolved().apply(byEnvironment)).as(sample.environment()).isEqualTo(sample.value());
        assertThat(byEnvironment.nameOf(sample.property())).isEqualTo(sample.environment());
        assertThat(byEnvironment.describeGiven()).contains("(" + sample.environment() + ")");

        sample.setting().flagName().ifPresent(flag -> {
            KitSettings byFlag = resolve(new Properties(), Map.of(), Map.of(sample.setting(), sample.value()));
            assertThat(sample.resolved().apply(byFlag)).as(flag).isEqualTo(sample.value());
            assertThat(byFlag.nameOf(sample.property())).isEqualTo(flag);
        });
    }

    @Test
    void theFlagBeatsThePropertyWhichBeatsTheEnvironment() {
        Properties props = new Properties();
        props.setProperty("conformance.timeout", "5");
        Map<String, String> env = Map.of("CONFORMANCE_TIMEOUT", "6", "CONFORMANCE_TARGET", "http://127.0.0.1:7");
        assertThat(resolve(props, env, Map.of()).requestTimeout().toSeconds()).isEqualTo(5);
        assertThat(resolve(props, env, Map.of()).target()).isEqualTo("http://127.0.0.1:7");
        assertThat(resolve(props, env, Map.of(Setting.TIMEOUT, "4")).requestTimeout().toSeconds()).isEqualTo(4);
        assertThat(resolve(new Properties(), Map.of("CONFORMANCE_TIMEOUT", ""), Map.of()).requestTimeout().toSeconds())
                .as("a blank value counts as absent").isEqualTo(10);
    }

    @Test
    void anErrorNamesTheSettingAsItWasGiven() {
        assertThat(catchThrowable(() -> resolve(new Properties(), Map.of("CONFORMANCE_TIMEOUT", "0"), Map.of())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("CONFORMANCE_TIMEOUT='0' is not a usable number of seconds: it must be more than 0 and at most 3600");
        assertThat(catchThrowable(() -> resolve(new Properties(), Map.of(), Map.of(Setting.TIMEOUT, "0"))))
                .hasMessageStartingWith("--timeout='0' is not a usable number of seconds");
        assertThat(catchThrowable(() -> resolve(new Properties(), Map.of("CONFORMANCE_RETRY_ATTEMPTS", "x"), Map.of())))
                .hasMessageStartingWith("CONFORMANCE_RETRY_ATTEMPTS='x' is not a number of attempts");
        assertThat(catchThrowable(() -> resolve(new Properties(), Map.of("CONFORMANCE_STRICT", "yes"), Map.of())))
                .hasMessage("CONFORMANCE_STRICT='yes' is not true or false");
        assertThat(catchThrowable(() -> resolve(new Properties(), Map.of(), Map.of(Setting.KIT_ROOT, "/no/such/kit"))))
                .hasMessage("--kit-root='/no/such/kit' is not a kit: /no/such/kit does not exist; name the folder holding"
                        + " features/, schemas/ and stubs/");
    }

    /** The README's settings table lists exactly {@link Setting#ALL}, each with its environment twin and flag. */
    @Test
    void theReadmeTableIsTheSettings() throws Exception {
        String readme = Files.readString(TestApis.ROOT.resolve("README.md"));
        Matcher row = Pattern.compile("(?m)^\\| `([a-z.<>]+)` \\| `([A-Z_<>]+)` \\| (`--[a-z-]+`|—) \\|").matcher(readme);
        Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        while (row.find()) {
            rows.put(row.group(1), List.of(row.group(2), row.group(3)));
        }
        Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        for (Setting s : Setting.ALL) {
            expected.put(s.property(), List.of(s.environment(), s.flagName().map(f -> "`" + f + "`").orElse("—")));
        }
        assertThat(rows).isEqualTo(expected);
    }

    @Test
    void aReportFolderIsFoundEvenWhenOtherSettingsAreUnusable() {
        SettingSources sources = SettingSources.of(new Properties(), Map.of("CONFORMANCE_TIMEOUT", "0",
                "CONFORMANCE_REPORT_DIR", "/tmp/somewhere"));
        assertThat(KitSettings.reportDirOf(sources)).isEqualTo(Path.of("/tmp/somewhere"));
    }
}
