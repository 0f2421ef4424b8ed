package io.restorekit.reference.rules;

import java.util.Locale;

/**
 * Which reading of the pages the reference serves: {@link #DOCUMENTED}, the rules files as they stand (the kit's own
 * reading wherever the pages are silent), or a named reading of the rules files' {@code "readings"}, e.g.
 * {@link #LIBERAL}, the other defensible reading there. Every reading follows every sentence the pages state.
 */
public record Reading(String name) {
    public static final Reading DOCUMENTED = new Reading("documented");
    public static final Reading LIBERAL = new Reading("liberal");

    public Reading {
        name = name.trim().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a reading needs a name");
        }
    }

    /** Any case; whether the rules files have it is checked when the server starts. */
    public static Reading parse(String name) {
        return new Reading(name);
    }

    public boolean isDocumented() {
        return equals(DOCUMENTED);
    }
}
