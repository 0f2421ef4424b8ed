package io.restorekit.reference;

import java.util.Locale;
import java.util.function.Function;

/**
 * Which reading of the pages the reference serves: {@link #DOCUMENTED}, the kit's own reading wherever the pages are
 * silent, or {@link #LIBERAL}, the other defensible reading there (see {@link LiberalHbrRestoreJobs}). Both follow every
 * sentence the pages state.
 */
public enum Reading {
    DOCUMENTED(BehaviourSet::defaults),
    LIBERAL(BehaviourSet::liberal);

    private final Function<ReferenceDataset, BehaviourSet> behaviours;

    Reading(Function<ReferenceDataset, BehaviourSet> behaviours) {
        this.behaviours = behaviours;
    }

    public BehaviourSet behaviours(ReferenceDataset dataset) {
        return behaviours.apply(dataset);
    }

    /** "documented" or "liberal", any case. */
    public static Reading parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "' is not a reading; accepted: documented, liberal");
        }
    }
}
