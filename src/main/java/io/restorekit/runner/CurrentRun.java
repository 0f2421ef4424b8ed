package io.restorekit.runner;

import io.restorekit.config.KitSettings;
import java.util.Optional;

/**
 * The run in progress in this JVM, and the only run-scoped static state of the kit. It remains because Cucumber itself
 * builds the object factory (one per thread when scenarios run in parallel), the report plugin and the static
 * {@code @BeforeAll}/{@code @AfterAll} hooks, by name and with no argument that could carry a run: so they find their
 * run here, the same one for every thread of it. A programmatic run ({@link SuiteLauncher#run}) enters its own runtime
 * for the length of its launch, one at a time; a Maven run, which enters none, opens one from the settings on first use.
 */
public final class CurrentRun {
    private static KitRuntime runtime;
    /** Whether {@link #runtime} was entered by a programmatic run (else opened from the settings, or none). */
    private static boolean entered;

    private CurrentRun() {
    }

    /** The run's runtime: the one entered, else one opened from the system settings (throws when they are unusable). */
    public static synchronized KitRuntime get() {
        if (runtime == null) {
            KitRuntime opened = KitRuntime.open(KitSettings.fromSystem(), System.out);
            Runtime.getRuntime().addShutdownHook(new Thread(opened::close, "kit-runtime-close"));
            runtime = opened;
        }
        return runtime;
    }

    /** The run's runtime if one was entered or opened already; never opens one. */
    static synchronized Optional<KitRuntime> started() {
        return Optional.ofNullable(runtime);
    }

    /** Makes {@code run} the one scenarios, hooks and reports use, until {@link #leave}. */
    static synchronized void enter(KitRuntime run) {
        if (entered) {
            throw new IllegalStateException("another conformance run is in progress in this JVM: runs launch one at a time");
        }
        runtime = run;
        entered = true;
    }

    /** Ends the run {@link #enter} began. */
    static synchronized void leave() {
        runtime = null;
        entered = false;
    }
}
