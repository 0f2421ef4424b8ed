package io.restorekit.wire;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Bounded retry of throttled answers ({@link ThrottlingAnswer}): at most {@code maxAttempts} sends of one request,
 * waiting {@code initialBackoff}, then twice as long each time, never more than {@code maxBackoff}. A server's
 * {@code x-acs-retry-after} (milliseconds) replaces the computed wait, capped by {@code maxBackoff} too.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Sleeper sleeper) {

    /** One attempt: a throttled answer is returned as it came. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Sleeper.SYSTEM);

    public static final int DEFAULT_ATTEMPTS = 4;
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(500);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(10);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(sleeper, "sleeper");
    }

    /** The wait before attempt {@code next} (2 for the first retry), given the throttled answer before it. */
    public Duration delayBefore(int next, RpcResponse throttled) {
        Optional<Duration> serverSays = ThrottlingAnswer.retryAfter(throttled.exchange());
        if (serverSays.isPresent()) {
            return min(serverSays.get(), maxBackoff);
        }
        Duration delay = initialBackoff;
        for (int i = 2; i < next && delay.compareTo(maxBackoff) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return min(delay, maxBackoff);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
