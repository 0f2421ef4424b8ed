package io.restorekit.config;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Where a run's settings come from, in order of precedence: the standalone runner's flags, then system properties
 * ({@code -Dconformance.timeout=5}), then their environment twins ({@code CONFORMANCE_TIMEOUT=5}). Each value found
 * keeps the name the user gave it, so an error names what was typed.
 */
public final class SettingSources {
    /** A value and the name it was given by: {@code --timeout}, {@code conformance.timeout} or {@code CONFORMANCE_TIMEOUT}. */
    public record Value(String value, String origin) {
    }

    private final Map<String, Value> flags;
    private final Properties properties;
    private final Map<String, String> environment;

    private SettingSources(Map<String, Value> flags, Properties properties, Map<String, String> environment) {
        this.flags = flags;
        this.properties = properties;
        this.environment = environment;
    }

    public static SettingSources of(Properties properties, Map<String, String> environment) {
        return new SettingSources(Map.of(), properties, environment);
    }

    public static SettingSources system() {
        return of(System.getProperties(), System.getenv());
    }

    /** These flag values ({@code setting → value}) take precedence over properties and environment. */
    public SettingSources withFlags(Map<Setting, String> values) {
        Map<String, Value> merged = new TreeMap<>(flags);
        values.forEach((setting, value) -> {
            if (value != null) {
                merged.put(setting.property(), new Value(value, setting.flagName().orElse(setting.property())));
            }
        });
        return new SettingSources(Map.copyOf(merged), properties, environment);
    }

    /** The first source that names {@code property}: flag, property, environment twin. Blank values count as absent. */
    public Optional<Value> find(String property) {
        Value flag = flags.get(property);
        if (flag != null && !flag.value().isBlank()) {
            return Optional.of(flag);
        }
        String fromProperty = properties.getProperty(property);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Optional.of(new Value(fromProperty, property));
        }
        String twin = Setting.environmentName(property);
        String fromEnvironment = environment.get(twin);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(new Value(fromEnvironment, twin));
        }
        return Optional.empty();
    }

    public Optional<Value> find(Setting setting) {
        return find(setting.property());
    }

    /** Every {@code conformance.<api>.endpoint} any source names, by API id (flags, then properties, then environment). */
    public Map<String, Value> endpoints() {
        Map<String, Value> found = new TreeMap<>();
        String prefix = "conformance.";
        String suffix = ".endpoint";
        environment.forEach((name, value) -> {
            String envPrefix = Setting.environmentName(prefix);
            String envSuffix = Setting.environmentName(suffix);
            if (name.startsWith(envPrefix) && name.endsWith(envSuffix) && name.length() > envPrefix.length() + envSuffix.length()
                    && !value.isBlank()) {
                String api = name.substring(envPrefix.length(), name.length() - envSuffix.length()).toLowerCase(java.util.Locale.ROOT);
                found.put(api, new Value(value.trim(), name));
            }
        });
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(prefix) && name.endsWith(suffix) && name.length() > prefix.length() + suffix.length()
                    && !properties.getProperty(name).isBlank()) {
                found.put(name.substring(prefix.length(), name.length() - suffix.length()),
                        new Value(properties.getProperty(name).trim(), name));
            }
        }
        return found;
    }

    public Map<String, String> environment() {
        return environment;
    }
}
