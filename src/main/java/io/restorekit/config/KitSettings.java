package io.restorekit.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The kit's settings ({@link Setting#ALL}), each from a runner flag, a system property ({@code conformance.target})
 * or its environment twin ({@code CONFORMANCE_TARGET}), in that order of precedence. Read once per run.
 *
 * @param given the settings a source named, by property, with the name they were given by (what errors and the run's
 *              settings line quote)
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
        CallSettings calls,
        String tags,
        Contract contract,
        SnapshotSettings snapshots,
        Map<String, SettingSources.Value> given) {

    public static final String TARGET = Setting.TARGET.property();
    public static final String DEFAULT_TARGET = "stubs";

    public static KitSettings fromSystem() {
        return from(SettingSources.system(), null, null);
    }

    public static KitSettings from(Properties props, Map<String, String> env) {
        return from(SettingSources.of(props, env), null, null);
    }

    /**
     * {@code defaultRoot}: the kit when no source names one (null: the current folder); {@code defaultReportDir}: where
     * reports go when no source names a folder (null: {@code <root>/target/conformance-report}).
     */
    public static KitSettings from(SettingSources sources, Path defaultRoot, Path defaultReportDir) {
        Map<String, SettingSources.Value> given = new LinkedHashMap<>();
        for (Setting setting : Setting.ALL) {
            sources.find(setting).ifPresent(v -> given.put(setting.property(), v));
        }
        Map<String, SettingSources.Value> endpoints = sources.endpoints();
        endpoints.forEach((api, v) -> given.put(Setting.ENDPOINT.property(api), v));
        Names names = new Names(given);

        Path root = Optional.ofNullable(given.get(Setting.KIT_ROOT.property())).map(v -> Path.of(v.value().trim()))
                .orElse(defaultRoot != null ? defaultRoot : Path.of("")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("schemas")) || !Files.isDirectory(root.resolve("features"))) {
            SettingSources.Value named = given.get(Setting.KIT_ROOT.property());
            throw new ConfigurationException(named == null
                    ? "no kit here: " + root + " has no features/ and schemas/ folders; run from the kit's folder, or"
                            + " set kit.root (KIT_ROOT) to it"
                    : named.origin() + "='" + named.value() + "' is not a kit: " + root + (Files.isDirectory(root)
                            ? " has no features/ and schemas/ folders" : " does not exist")
                            + "; name the folder holding features/, schemas/ and stubs/");
        }
        String target = names.value(Setting.TARGET).orElse(DEFAULT_TARGET).trim();
        Map<String, String> overrides = endpoints.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().value(), (a, b) -> b, java.util.TreeMap::new));
        Duration timeout = names.seconds(Setting.TIMEOUT, 10);
        Duration connect = names.seconds(Setting.CONNECT_TIMEOUT, timeout.toMillis() / 1000.0);
        boolean strict = names.bool(Setting.STRICT);
        Path reportDir = names.value(Setting.REPORT_DIR).map(v -> Path.of(v.trim()))
                .orElse(defaultReportDir != null ? defaultReportDir : root.resolve("target").resolve("conformance-report"))
                .toAbsolutePath().normalize();
        Duration backoff = names.seconds(Setting.RETRY_BACKOFF, CallSettings.DEFAULT_BACKOFF_SECONDS);
        CallSettings calls = new CallSettings(
                CallSettings.Signature.parse(names.nameOf(Setting.SIGNATURE), names.value(Setting.SIGNATURE).orElse(null)),
                CallSettings.parseAttempts(names.nameOf(Setting.RETRY_ATTEMPTS), names.value(Setting.RETRY_ATTEMPTS).orElse(null)),
                backoff,
                names.seconds(Setting.RETRY_MAX_BACKOFF, Math.max(CallSettings.DEFAULT_MAX_BACKOFF_SECONDS,
                        backoff.toMillis() / 1000.0)),
                CallSettings.parseRate(names.nameOf(Setting.RATE), names.value(Setting.RATE).orElse(null)));
        String tags = names.value(Setting.TAGS).map(String::trim).orElse(null);
        Contract contract = Contract.parse(names.nameOf(Setting.CONTRACT), names.value(Setting.CONTRACT).orElse(null));
        SnapshotSettings snapshots = new SnapshotSettings(names.seed(Setting.SEED), names.path(Setting.RECORD),
                names.list(Setting.RECORD_MASK), names.path(Setting.PARITY), names.list(Setting.PARITY_MASK),
                names.path(Setting.BASELINE), names.path(Setting.BASELINE_WRITE));
        return new KitSettings(root, target, Map.copyOf(overrides), connect, timeout, strict, reportDir,
                Map.copyOf(sources.environment()), calls, tags, contract, snapshots, java.util.Collections.unmodifiableMap(given));
    }

    /** Where reports go by these sources, read leniently (for reporting a run whose other settings are unusable). */
    public static Path reportDirOf(SettingSources sources) {
        Path root = rootOf(sources);
        return sources.find(Setting.REPORT_DIR).map(v -> Path.of(v.value().trim()))
                .orElse(root.resolve("target").resolve("conformance-report")).toAbsolutePath().normalize();
    }

    /** The kit root these sources name, else the current folder (read leniently, like {@link #reportDirOf}). */
    public static Path rootOf(SettingSources sources) {
        return sources.find(Setting.KIT_ROOT).map(v -> Path.of(v.value().trim())).orElse(Path.of("")).toAbsolutePath().normalize();
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

    /** The name {@code property} was given by ({@code --target}, {@code CONFORMANCE_TARGET}, …), else the property. */
    public String nameOf(String property) {
        return nameOf(given, property);
    }

    private static String nameOf(Map<String, SettingSources.Value> given, String property) {
        SettingSources.Value value = given.get(property);
        return value == null ? property : value.origin();
    }

    /** One line: every setting a source named and where it came from, e.g. {@code target=http://… (CONFORMANCE_TARGET)}. */
    public String describeGiven() {
        if (given.isEmpty()) {
            return "all defaults";
        }
        return given.entrySet().stream()
                .map(e -> e.getKey().replaceFirst("^conformance\\.", "") + "=" + e.getValue().value().trim()
                        + (e.getValue().origin().equals(e.getKey()) ? " (-D" + e.getKey() + ")" : " (" + e.getValue().origin() + ")"))
                .collect(Collectors.joining(", "));
    }

    /** The values a source named, read with the name each was given by. */
    private record Names(Map<String, SettingSources.Value> given) {
        Optional<String> value(Setting setting) {
            return Optional.ofNullable(given.get(setting.property())).map(SettingSources.Value::value);
        }

        String nameOf(Setting setting) {
            return KitSettings.nameOf(given, setting.property());
        }

        boolean bool(Setting setting) {
            Optional<String> raw = value(setting);
            if (raw.isEmpty()) {
                return false;
            }
            String v = raw.get().trim();
            if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(v);
            }
            throw new ConfigurationException(nameOf(setting) + "='" + raw.get() + "' is not true or false");
        }

        /** A comma-separated list, items trimmed, empty ones dropped. */
        java.util.List<String> list(Setting setting) {
            return value(setting).map(v -> java.util.Arrays.stream(v.split(",")).map(String::trim)
                    .filter(p -> !p.isEmpty()).toList()).orElse(java.util.List.of());
        }

        Path path(Setting setting) {
            return value(setting).map(v -> Path.of(v.trim()).toAbsolutePath().normalize()).orElse(null);
        }

        /** A whole number (the seed of a run's choices), or null when no source names one. */
        Long seed(Setting setting) {
            Optional<String> raw = value(setting);
            if (raw.isEmpty()) {
                return null;
            }
            try {
                return Long.parseLong(raw.get().trim());
            } catch (NumberFormatException e) {
                throw new ConfigurationException(nameOf(setting) + "='" + raw.get() + "' is not a seed: it must be a whole"
                        + " number such as 42 (the seed a run printed, to repeat its choices)");
            }
        }

        Duration seconds(Setting setting, double fallback) {
            Optional<String> raw = value(setting);
            if (raw.isEmpty()) {
                return Duration.ofMillis(Math.round(fallback * 1000));
            }
            try {
                double value = Double.parseDouble(raw.get().trim());
                if (value > 0 && value <= 3600) {
                    return Duration.ofMillis(Math.round(value * 1000));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new ConfigurationException(nameOf(setting) + "='" + raw.get() + "' is not a usable number of seconds:"
                    + " it must be more than 0 and at most 3600");
        }
    }
}
