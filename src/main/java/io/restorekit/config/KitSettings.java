package io.restorekit.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The kit's settings, each from a system property ({@code conformance.target}) or its environment twin
 * ({@code CONFORMANCE_TARGET}); the property wins. Read once per run.
 */
public record KitSettings(
        Path root,
        String target,
        Map<String, String> endpointOverrides,
        Duration connectTimeout,
        Duration requestTimeout,
        boolean strict,
        Path reportDir,
        Map<String, String> environment,
        CallSettings calls) {

    public static final String TARGET = "conformance.target";
    public static final String DEFAULT_TARGET = "stubs";

    /** Default call settings (V3 signing, default retry and rate). */
    public KitSettings(Path root, String target, Map<String, String> endpointOverrides, Duration connectTimeout,
                       Duration requestTimeout, boolean strict, Path reportDir, Map<String, String> environment) {
        this(root, target, endpointOverrides, connectTimeout, requestTimeout, strict, reportDir, environment,
                CallSettings.DEFAULTS);
    }

    public static KitSettings fromSystem() {
        return from(System.getProperties(), System.getenv());
    }

    public static KitSettings from(Properties props, Map<String, String> env) {
        Lookup lookup = new Lookup(props, env);
        Path root = lookup.get("kit.root").map(Path::of).orElse(Path.of("")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("schemas"))) {
            throw new ConfigurationException("kit root " + root + " has no schemas/ folder; run from the kit's"
                    + " directory or set -Dkit.root=<path>");
        }
        String target = lookup.get(TARGET).filter(s -> !s.isBlank()).orElse(DEFAULT_TARGET).trim();
        // conformance.<api>.endpoint, or its twin CONFORMANCE_<API>_ENDPOINT; the property wins. Any API id works.
        Map<String, String> overrides = new java.util.TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith("CONFORMANCE_") && name.endsWith("_ENDPOINT") && name.length() > 21 && !value.isBlank()) {
                overrides.put(name.substring(12, name.length() - 9).toLowerCase(Locale.ROOT), value.trim());
            }
        });
        props.stringPropertyNames().stream()
                .filter(n -> n.startsWith("conformance.") && n.endsWith(".endpoint") && n.length() > 21)
                .filter(n -> !props.getProperty(n).isBlank())
                .forEach(n -> overrides.put(n.substring(12, n.length() - 9), props.getProperty(n).trim()));
        Duration timeout = lookup.seconds("conformance.timeout", 10);
        Duration connect = lookup.seconds("conformance.connect.timeout", timeout.toMillis() / 1000.0);
        boolean strict = lookup.get("conformance.strict").map(Boolean::parseBoolean).orElse(false);
        Path reportDir = lookup.get("conformance.report.dir").map(Path::of)
                .orElse(root.resolve("target").resolve("conformance-report")).toAbsolutePath().normalize();
        Duration backoff = lookup.seconds(CallSettings.RETRY_BACKOFF, CallSettings.DEFAULT_BACKOFF_SECONDS);
        CallSettings calls = new CallSettings(
                CallSettings.Signature.parse(lookup.get(CallSettings.SIGNATURE).orElse(null)),
                CallSettings.parseAttempts(lookup.get(CallSettings.RETRY_ATTEMPTS).orElse(null)),
                backoff,
                lookup.seconds(CallSettings.RETRY_MAX_BACKOFF, Math.max(CallSettings.DEFAULT_MAX_BACKOFF_SECONDS,
                        backoff.toMillis() / 1000.0)),
                CallSettings.parseRate(lookup.get(CallSettings.RATE).orElse(null)));
        return new KitSettings(root, target, Map.copyOf(overrides), connect, timeout, strict, reportDir, Map.copyOf(env),
                calls);
    }

    public Path schemasDir() {
        return root.resolve("schemas");
    }

    public Path stubsDir() {
        return root.resolve("stubs");
    }

    public Path featuresDir() {
        return root.resolve("features");
    }

    public Optional<String> endpointOverride(String apiId) {
        return Optional.ofNullable(endpointOverrides.get(apiId));
    }

    /** System property first, then the environment variable named like it (dots to underscores, upper case). */
    private record Lookup(Properties props, Map<String, String> env) {
        Optional<String> get(String name) {
            String value = props.getProperty(name);
            if (value == null) {
                value = env.get(name.replace('.', '_').toUpperCase(Locale.ROOT));
            }
            return Optional.ofNullable(value);
        }

        Duration seconds(String name, double fallback) {
            Optional<String> raw = get(name);
            if (raw.isEmpty()) {
                return Duration.ofMillis(Math.round(fallback * 1000));
            }
            try {
                double value = Double.parseDouble(raw.get().trim());
                if (value <= 0 || value > 3600) {
                    throw new NumberFormatException();
                }
                return Duration.ofMillis(Math.round(value * 1000));
            } catch (NumberFormatException e) {
                throw new ConfigurationException(name + "='" + raw.get() + "' is not a number of seconds between 0 and 3600");
            }
        }
    }
}
