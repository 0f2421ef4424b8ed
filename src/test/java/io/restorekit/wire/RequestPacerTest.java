package io.restorekit.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The pacer on a fake clock: which waits it asks for, never how long anything took. */
class RequestPacerTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final List<Duration> waits = new ArrayList<>();
    /** The fake sleeper moves the fake clock. */
    private final Sleeper sleeper = d -> {
        waits.add(d);
        now.addAndGet(d.toNanos());
    };

    @Test
    void backToBackRequestsAreSpacedByTheInterval() throws Exception {
        RequestPacer pacer = RequestPacer.perSecond(5, sleeper, now::get);
        for (int i = 0; i < 4; i++) {
            pacer.acquire();
        }
        assertThat(waits).containsExactly(Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofMillis(200));
    }

    @Test
    void aRequestAfterAQuietSpellGoesAtOnce() throws Exception {
        RequestPacer pacer = RequestPacer.perSecond(2, sleeper, now::get);
        pacer.acquire();
        now.addAndGet(Duration.ofSeconds(3).toNanos());
        pacer.acquire();
        pacer.acquire();
        assertThat(waits).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void unlimitedNeverWaits() throws Exception {
        RequestPacer pacer = RequestPacer.unlimited();
        for (int i = 0; i < 100; i++) {
            pacer.acquire();
        }
        assertThat(pacer.limited()).isFalse();
    }

    @Test
    void aRateMustBePositive() {
        assertThatThrownBy(() -> RequestPacer.perSecond(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestPacer.perSecond(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
