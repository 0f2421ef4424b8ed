package io.restorekit.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How the kit makes its calls: the signature version used when credentials are set ({@code conformance.signature}),
 * the bounded retry of throttled answers ({@code conformance.retry.*}) and the request rate ({@code conformance.rate}).
 *
 * @param rate requests per second; empty means "the target's default" ({@link #rateFor(boolean)}), 0 means unlimited
 */
public record CallSettings(Signature signature, int retryAttempts, Duration retryBackoff, Duration retryMaxBackoff,
                           OptionalDouble rate) {

    public static final String SIGNATURE = "conformance.signature";
    public static final String RETRY_ATTEMPTS = "conformance.retry.attempts";
    public static final String RETRY_BACKOFF = "conformance.retry.backoff";
    public static final String RETRY_MAX_BACKOFF = "conformance.retry.max.backoff";
    public static final String RATE = "conformance.rate";

    public static final int DEFAULT_RETRY_ATTEMPTS = 4;
    public static final int MAX_RETRY_ATTEMPTS = 10;
    public static final double DEFAULT_BACKOFF_SECONDS = 0.5;
    public static final double DEFAULT_MAX_BACKOFF_SECONDS = 10;
    /** Requests per second against the live service unless {@value #RATE} says otherwise. */
    public static final double DEFAULT_LIVE_RATE = 5;

    /** The Alibaba Cloud signature the kit signs with. */
    public enum Signature {
        /** ACS3-HMAC-SHA256, headers; the official SDKs' default. */
        V3,
        /** HMAC-SHA1 signature version 1.0, query parameters. */
        V1;

        static Signature parse(String name, String value) {
            String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
            return switch (v) {
                case "", "v3", "acs3-hmac-sha256" -> V3;
                case "v1", "hmac-sha1" -> V1;
                default -> throw new ConfigurationException(name + "='" + value
                        + "' is not a signature version; accepted: v3 (ACS3-HMAC-SHA256, the default) or v1 (HMAC-SHA1)");
            };
        }
    }

    public static final CallSettings DEFAULTS = new CallSettings(Signature.V3, DEFAULT_RETRY_ATTEMPTS,
            Duration.ofMillis(500), Duration.ofSeconds(10), OptionalDouble.empty());

    public CallSettings {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        Objects.requireNonNull(retryMaxBackoff, "retryMaxBackoff");
        Objects.requireNonNull(rate, "rate");
    }

    /** Requests per second for a target (0 = unlimited): the setting, else {@value #DEFAULT_LIVE_RATE} live, else unlimited. */
    public double rateFor(boolean liveTarget) {
        return rate.orElse(liveTarget ? DEFAULT_LIVE_RATE : 0);
    }

    static OptionalDouble parseRate(String name, String value) {
        if (value == null || value.isBlank()) {
            return OptionalDouble.empty();
        }
        String v = value.trim();
        if (v.equalsIgnoreCase("unlimited")) {
            return OptionalDouble.of(0);
        }
        try {
            double rate = Double.parseDouble(v);
            if (rate >= 0 && rate <= 10_000) {
                return OptionalDouble.of(rate);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigurationException(name + "='" + value + "' is not a request rate; accepted: requests per second"
                + " between 0 and 10000 (0 or 'unlimited' for no limit)");
    }

    static int parseAttempts(String name, String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_RETRY_ATTEMPTS;
        }
        try {
            int attempts = Integer.parseInt(value.trim());
            if (attempts >= 1 && attempts <= MAX_RETRY_ATTEMPTS) {
                return attempts;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigurationException(name + "='" + value + "' is not a number of attempts between 1 and "
                + MAX_RETRY_ATTEMPTS + " (1 = never retry)");
    }
}
