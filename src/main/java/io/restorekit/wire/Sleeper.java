package io.restorekit.wire;

import java.time.Duration;

/** Waits; the kit's own tests substitute one that records the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    /** {@link Thread#sleep}; zero or negative durations return at once. */
    Sleeper SYSTEM = duration -> {
        if (!duration.isNegative() && !duration.isZero()) {
            Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
        }
    };
}
