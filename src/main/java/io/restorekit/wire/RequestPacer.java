package io.restorekit.wire;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Keeps the request rate of a run at or under a number of requests per second, across threads: each send reserves
 * the next free slot, one interval after the previous one, and waits for it. Unlimited sends at once.
 */
public final class RequestPacer {
    private static final RequestPacer UNLIMITED = new RequestPacer(0, Sleeper.SYSTEM, System::nanoTime);

    private final long intervalNanos;
    private final Sleeper sleeper;
    private final LongSupplier nanoClock;
    private long nextSlot = Long.MIN_VALUE;

    private RequestPacer(long intervalNanos, Sleeper sleeper, LongSupplier nanoClock) {
        this.intervalNanos = intervalNanos;
        this.sleeper = sleeper;
        this.nanoClock = nanoClock;
    }

    public static RequestPacer unlimited() {
        return UNLIMITED;
    }

    public static RequestPacer perSecond(double rate) {
        return perSecond(rate, Sleeper.SYSTEM, System::nanoTime);
    }

    /** A pacer with its own clock and sleeper (tests). */
    public static RequestPacer perSecond(double rate, Sleeper sleeper, LongSupplier nanoClock) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("rate must be a positive number of requests per second, got " + rate);
        }
        return new RequestPacer(Math.max(1, Math.round(1_000_000_000d / rate)), sleeper, nanoClock);
    }

    public boolean limited() {
        return intervalNanos > 0;
    }

    /** Waits, if needed, until this request may go. */
    public void acquire() throws InterruptedException {
        if (intervalNanos == 0) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = nanoClock.getAsLong();
            long slot = nextSlot == Long.MIN_VALUE || now - nextSlot > 0 ? now : nextSlot;
            nextSlot = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            sleeper.sleep(Duration.ofNanos(wait));
        }
    }
}
