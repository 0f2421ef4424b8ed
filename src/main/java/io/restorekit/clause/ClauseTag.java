package io.restorekit.clause;

import java.util.Collection;
import java.util.Locale;

/** A scenario's clause: its tag that starts with its API's label and a dot ({@code HBR.PageSize}), else the label. */
public final class ClauseTag {
    private ClauseTag() {
    }

    /** {@code tags} with or without '@'; {@code apiLabel} upper case, e.g. {@code HBR}. */
    public static String of(String apiLabel, Collection<String> tags) {
        String prefix = apiLabel.toUpperCase(Locale.ROOT) + ".";
        return tags.stream().map(t -> t.startsWith("@") ? t.substring(1) : t)
                .filter(t -> t.toUpperCase(Locale.ROOT).startsWith(prefix))
                .findFirst().orElse(apiLabel);
    }
}
