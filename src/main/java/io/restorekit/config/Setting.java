package io.restorekit.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One documented setting: its system property, its environment twin (the property's name upper-cased, dots to
 * underscores), the standalone runner's flag when it has one, its default and what it does. {@link #ALL} is the
 * README's settings table; a test holds the two equal.
 */
public record Setting(String property, String flag, String defaultValue, String meaning) {
    /** Stands for an API id in {@link #ENDPOINT}'s names. */
    public static final String API = "<api>";

    public static final Setting TARGET = new Setting("conformance.target", "--target", "stubs",
            "where every scenario is sent: stubs, a base URL or alibaba:<region>");
    public static final Setting ENDPOINT = new Setting("conformance." + API + ".endpoint", null, "",
            "send one API elsewhere (a base URL)");
    public static final Setting TAGS = new Setting("conformance.tags", "--tags", "",
            "a Cucumber tag expression: run only the scenarios it matches");
    public static final Setting TIMEOUT = new Setting("conformance.timeout", "--timeout", "10",
            "seconds for each request's complete answer");
    public static final Setting CONNECT_TIMEOUT = new Setting("conformance.connect.timeout", null, "",
            "seconds for connecting (default: conformance.timeout)");
    public static final Setting STRICT = new Setting("conformance.strict", "--strict", "false",
            "warnings fail the run too");
    public static final Setting REPORT_DIR = new Setting("conformance.report.dir", "--report-dir", "",
            "where the reports go");
    public static final Setting SIGNATURE = new Setting("conformance.signature", null, "v3",
            "v3 (ACS3-HMAC-SHA256) or v1 (HMAC-SHA1)");
    public static final Setting RATE = new Setting("conformance.rate", null, "",
            "requests per second for the whole run");
    public static final Setting RETRY_ATTEMPTS = new Setting("conformance.retry.attempts", null, "4",
            "sends of one throttled request at most");
    public static final Setting RETRY_BACKOFF = new Setting("conformance.retry.backoff", null, "0.5",
            "seconds before the first retry");
    public static final Setting RETRY_MAX_BACKOFF = new Setting("conformance.retry.max.backoff", null, "10",
            "longest wait between retries, in seconds");
    public static final Setting KIT_ROOT = new Setting("kit.root", "--kit-root", "",
            "the folder holding features/, schemas/ and stubs/");

    public static final List<Setting> ALL = List.of(TARGET, ENDPOINT, TAGS, TIMEOUT, CONNECT_TIMEOUT, STRICT, REPORT_DIR,
            SIGNATURE, RATE, RETRY_ATTEMPTS, RETRY_BACKOFF, RETRY_MAX_BACKOFF, KIT_ROOT);

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
