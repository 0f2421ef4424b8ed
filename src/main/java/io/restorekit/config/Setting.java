package io.restorekit.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One documented setting: its system property, its environment twin (the property's name upper-cased, dots to
 * underscores) and the standalone runner's flag when it has one. {@link #ALL} is the README's settings table (which
 * gives each one's default and meaning); a test holds the two equal.
 */
public record Setting(String property, String flag) {
    /** Stands for an API id in {@link #ENDPOINT}'s names. */
    public static final String API = "<api>";

    public static final Setting TARGET = new Setting("conformance.target", "--target");
    public static final Setting ENDPOINT = new Setting("conformance." + API + ".endpoint", null);
    public static final Setting TAGS = new Setting("conformance.tags", "--tags");
    public static final Setting TIMEOUT = new Setting("conformance.timeout", "--timeout");
    public static final Setting CONNECT_TIMEOUT = new Setting("conformance.connect.timeout", null);
    public static final Setting STRICT = new Setting("conformance.strict", "--strict");
    public static final Setting CONTRACT = new Setting("conformance.contract", "--contract");
    public static final Setting REPORT_DIR = new Setting("conformance.report.dir", "--report-dir");
    public static final Setting SIGNATURE = new Setting("conformance.signature", null);
    public static final Setting RATE = new Setting("conformance.rate", null);
    public static final Setting RETRY_ATTEMPTS = new Setting("conformance.retry.attempts", null);
    public static final Setting RETRY_BACKOFF = new Setting("conformance.retry.backoff", null);
    public static final Setting RETRY_MAX_BACKOFF = new Setting("conformance.retry.max.backoff", null);
    public static final Setting KIT_ROOT = new Setting("kit.root", "--kit-root");
    public static final Setting SEED = new Setting("conformance.seed", "--seed");
    public static final Setting RECORD = new Setting("conformance.record", "--record");
    public static final Setting RECORD_MASK = new Setting("conformance.record.mask", null);
    public static final Setting PARITY = new Setting("conformance.parity", "--parity");
    public static final Setting PARITY_MASK = new Setting("conformance.parity.mask", null);
    public static final Setting BASELINE = new Setting("conformance.baseline", "--baseline");
    public static final Setting BASELINE_WRITE = new Setting("conformance.baseline.write", null);

    public static final List<Setting> ALL = List.of(TARGET, ENDPOINT, TAGS, TIMEOUT, CONNECT_TIMEOUT, STRICT, CONTRACT, REPORT_DIR,
            SIGNATURE, RATE, RETRY_ATTEMPTS, RETRY_BACKOFF, RETRY_MAX_BACKOFF, KIT_ROOT, SEED, RECORD, RECORD_MASK,
            PARITY, PARITY_MASK, BASELINE, BASELINE_WRITE);

    /** The environment twin of a property name. */
    public static String environmentName(String property) {
        return property.replace('.', '_').toUpperCase(Locale.ROOT);
    }

    public String environment() {
        return environmentName(property);
    }

    /** This setting's property for one API (only {@link #ENDPOINT} has an API in its name). */
    public String property(String apiId) {
        return property.replace(API, apiId);
    }

    public Optional<String> flagName() {
        return Optional.ofNullable(flag);
    }
}
