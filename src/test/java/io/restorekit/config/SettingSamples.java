package io.restorekit.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A harmless value other than the default for every documented setting, and how to read it back from the resolved
 * settings: the tests of both runners set each one through each of its names and check that it took.
 */
public final class SettingSamples {
    /** A setting, the name it is set by, its sample value, and the resolved value as text. */
    public record Sample(Setting setting, String property, String value, Function<KitSettings, String> resolved) {
        public String environment() {
            return Setting.environmentName(property);
        }
    }

    /** A committed recording of one answer no scenario asks for: parity with it compares nothing and finds nothing. */
    public static final java.nio.file.Path SAMPLE_RECORDING = io.restorekit.TestApis.ROOT.resolve("src/test/fixtures/sample-recording");

    /** A committed baseline whose one entry names no scenario: it changes no verdict. */
    public static final java.nio.file.Path SAMPLE_BASELINE = io.restorekit.TestApis.ROOT.resolve("src/test/fixtures/sample-baseline.json");

    private SettingSamples() {
    }

    /**
     * Every setting of {@link Setting#ALL}; {@code target} and {@code kitRoot} are the values to use for those two (a
     * reachable base URL, a real kit), {@code reportDir} a folder the test owns, {@code tags} an expression.
     */
    public static List<Sample> all(String target, String kitRoot, String reportDir, String tags) {
        Map<Setting, Sample> samples = new LinkedHashMap<>();
        add(samples, Setting.TARGET, Setting.TARGET.property(), target, KitSettings::target);
        add(samples, Setting.ENDPOINT, Setting.ENDPOINT.property("dbs"), target, s -> s.endpointOverride("dbs").orElse(null));
        add(samples, Setting.TAGS, Setting.TAGS.property(), tags, KitSettings::tags);
        add(samples, Setting.TIMEOUT, Setting.TIMEOUT.property(), "7", s -> seconds(s.requestTimeout()));
        add(samples, Setting.CONNECT_TIMEOUT, Setting.CONNECT_TIMEOUT.property(), "6", s -> seconds(s.connectTimeout()));
        add(samples, Setting.STRICT, Setting.STRICT.property(), "true", s -> Boolean.toString(s.strict()));
        add(samples, Setting.CONTRACT, Setting.CONTRACT.property(), "metadata", s -> s.contract().id());
        add(samples, Setting.REPORT_DIR, Setting.REPORT_DIR.property(), reportDir, s -> s.reportDir().toString());
        add(samples, Setting.SIGNATURE, Setting.SIGNATURE.property(), "v1", s -> s.calls().signature().name().toLowerCase());
        add(samples, Setting.RATE, Setting.RATE.property(), "1000", s -> trim(s.calls().rateFor(false)));
        add(samples, Setting.RETRY_ATTEMPTS, Setting.RETRY_ATTEMPTS.property(), "3", s -> Integer.toString(s.calls().retryAttempts()));
        add(samples, Setting.RETRY_BACKOFF, Setting.RETRY_BACKOFF.property(), "0.25", s -> seconds(s.calls().retryBackoff()));
        add(samples, Setting.RETRY_MAX_BACKOFF, Setting.RETRY_MAX_BACKOFF.property(), "2", s -> seconds(s.calls().retryMaxBackoff()));
        add(samples, Setting.KIT_ROOT, Setting.KIT_ROOT.property(), kitRoot, s -> s.root().toString());
        add(samples, Setting.SEED, Setting.SEED.property(), "4711", s -> String.valueOf(s.snapshots().seed()));
        add(samples, Setting.RECORD, Setting.RECORD.property(), reportDir + "-recording",
                s -> String.valueOf(s.snapshots().record()));
        add(samples, Setting.RECORD_MASK, Setting.RECORD_MASK.property(), "/RequestId,/Items/RestoreTaskDetail/*/BackupPlanId",
                s -> String.join(",", s.snapshots().recordMask()));
        add(samples, Setting.PARITY, Setting.PARITY.property(), SAMPLE_RECORDING.toString(),
                s -> String.valueOf(s.snapshots().parity()));
        add(samples, Setting.PARITY_MASK, Setting.PARITY_MASK.property(), "/Items/RestoreTaskDetail/*/RestoreTaskStatus",
                s -> String.join(",", s.snapshots().parityMask()));
        add(samples, Setting.BASELINE, Setting.BASELINE.property(), SAMPLE_BASELINE.toString(),
                s -> String.valueOf(s.snapshots().baseline()));
        add(samples, Setting.BASELINE_WRITE, Setting.BASELINE_WRITE.property(), reportDir + "-baseline.json",
                s -> String.valueOf(s.snapshots().baselineWrite()));
        if (!samples.keySet().containsAll(Setting.ALL)) {
            throw new IllegalStateException("a documented setting has no sample: add it here");
        }
        return List.copyOf(samples.values());
    }

    private static void add(Map<Setting, Sample> samples, Setting setting, String property, String value,
                            Function<KitSettings, String> resolved) {
        samples.put(setting, new Sample(setting, property, value, resolved));
    }

    private static String seconds(java.time.Duration d) {
        return trim(d.toMillis() / 1000.0);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
