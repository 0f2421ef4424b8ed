package io.restorekit.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.restorekit.api.ApiDescriptor;
import io.restorekit.config.KitSettings;
import io.restorekit.target.Target;
import io.restorekit.wire.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a runtime's client calls: pacing by target (5/s live unless set), retry from the settings. */
class KitRuntimeCallsTest {

    private static Target target(boolean live) {
        return new Target() {
            @Override
            public URI endpoint(ApiDescriptor api) {
                return URI.create("http://127.0.0.1:1");
            }

            @Override
            public String description() {
                return live ? "live" : "url";
            }

            @Override
            public boolean live() {
                return live;
            }
        };
    }

    private static KitSettings settings(Map<String, String> props) {
        return SignedSuiteAcceptanceTest.settings("kit-runtime-calls", props);
    }

    @Test
    void theLiveServiceIsPacedByDefaultOtherTargetsAreNot() {
        assertThat(KitRuntime.pacer(settings(Map.of()), target(true)).limited()).isTrue();
        assertThat(KitRuntime.pacer(settings(Map.of()), target(false)).limited()).isFalse();
        assertThat(KitRuntime.pacer(settings(Map.of("conformance.rate", "0")), target(true)).limited()).isFalse();
        assertThat(KitRuntime.pacer(settings(Map.of("conformance.rate", "20")), target(false)).limited()).isTrue();
    }

    @Test
    void retryComesFromTheSettings() {
        RetryPolicy defaults = KitRuntime.retryPolicy(settings(Map.of()));
        assertThat(defaults.maxAttempts()).isEqualTo(4);
        assertThat(defaults.initialBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(defaults.maxBackoff()).isEqualTo(Duration.ofSeconds(10));
        RetryPolicy set = KitRuntime.retryPolicy(settings(Map.of("conformance.retry.attempts", "2",
                "conformance.retry.backoff", "1", "conformance.retry.max.backoff", "4")));
        assertThat(set).returns(2, RetryPolicy::maxAttempts).returns(Duration.ofSeconds(1), RetryPolicy::initialBackoff)
                .returns(Duration.ofSeconds(4), RetryPolicy::maxBackoff);
    }
}
