package io.restorekit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.restorekit.TestApis;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Signature, retry and rate settings: property or environment twin, defaults, and one-line errors. */
class CallSettingsTest {

    private static KitSettings settings(Map<String, String> properties, Map<String, String> env) {
        Properties props = new Properties();
        props.setProperty("kit.root", TestApis.ROOT.toString());
        properties.forEach(props::setProperty);
        return KitSettings.from(props, env);
    }

    @Test
    void defaults() {
        CallSettings calls = settings(Map.of(), Map.of()).calls();
        assertThat(calls.signature()).isEqualTo(CallSettings.Signature.V3);
        assertThat(calls.retryAttempts()).isEqualTo(4);
        assertThat(calls.retryBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(calls.retryMaxBackoff()).isEqualTo(Duration.ofSeconds(10));
        assertThat(calls.rate()).isEmpty();
        assertThat(calls.rateFor(true)).as("live").isEqualTo(5);
        assertThat(calls.rateFor(false)).as("stubs or a URL: unlimited").isZero();
    }

    @Test
    void propertiesAndTheirEnvironmentTwins() {
        CallSettings fromProps = settings(Map.of("conformance.signature", "v1", "conformance.retry.attempts", "6",
                "conformance.retry.backoff", "0.25", "conformance.retry.max.backoff", "3", "conformance.rate", "2.5"),
                Map.of()).calls();
        assertThat(fromProps).isEqualTo(new CallSettings(CallSettings.Signature.V1, 6, Duration.ofMillis(250),
                Duration.ofSeconds(3), OptionalDouble.of(2.5)));

        CallSettings fromEnv = settings(Map.of(), Map.of("CONFORMANCE_SIGNATURE", "V1", "CONFORMANCE_RETRY_ATTEMPTS", "1",
                "CONFORMANCE_RATE", "unlimited")).calls();
        assertThat(fromEnv.signature()).isEqualTo(CallSettings.Signature.V1);
        assertThat(fromEnv.retryAttempts()).isEqualTo(1);
        assertThat(fromEnv.rateFor(true)).as("unlimited even live").isZero();

        assertThat(settings(Map.of("conformance.signature", "v3"), Map.of("CONFORMANCE_SIGNATURE", "v1")).calls()
                .signature()).as("the property wins").isEqualTo(CallSettings.Signature.V3);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "conformance.signature|v2|conformance.signature='v2' is not a signature version; accepted: v3 (ACS3-HMAC-SHA256, the default) or v1 (HMAC-SHA1)",
            "conformance.retry.attempts|0|conformance.retry.attempts='0' is not a number of attempts between 1 and 10 (1 = never retry)",
            "conformance.retry.attempts|many|conformance.retry.attempts='many' is not a number of attempts between 1 and 10 (1 = never retry)",
            "conformance.rate|-1|conformance.rate='-1' is not a request rate; accepted: requests per second between 0 and 10000 (0 or 'unlimited' for no limit)",
            "conformance.retry.backoff|0|conformance.retry.backoff='0' is not a usable number of seconds: it must be more than 0 and at most 3600"})
    void aBadValueIsOneLine(String name, String value, String message) {
        Throwable error = catchThrowable(() -> settings(Map.of(name, value), Map.of()));
        assertThat(error).isInstanceOf(ConfigurationException.class).hasMessage(message);
    }
}
