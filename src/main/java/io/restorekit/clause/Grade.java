package io.restorekit.clause;

import java.util.Collection;
import java.util.Locale;

/**
 * What a check rests on and what its breach costs. {@code documented}: the page states the rule in words — MUST, a
 * breach fails the run. {@code inferred} (a reading the page implies) and {@code convention} (Alibaba Cloud RPC
 * behaviour not on the page) — SHOULD, a breach is a warning. A {@code @level:} tag overrides the default, with a
 * written reason beside it in the feature.
 */
public record Grade(Basis basis, Level level) {
    public enum Basis { DOCUMENTED, INFERRED, CONVENTION }

    public enum Level { MUST, SHOULD }

    public static final String BASIS_TAG = "basis:";
    public static final String LEVEL_TAG = "level:";

    /** A check the kit applies to every answer whatever the scenario (a JSON body, the documented schema). */
    public static final Grade DOCUMENTED = new Grade(Basis.DOCUMENTED, Level.MUST);

    /** From a scenario's tags (with or without '@'); a scenario without a basis tag is held to MUST. */
    public static Grade ofTags(Collection<String> tags) {
        Basis basis = Basis.DOCUMENTED;
        Level level = null;
        for (String tag : tags) {
            String t = tag.startsWith("@") ? tag.substring(1) : tag;
            if (t.startsWith(BASIS_TAG)) {
                basis = Basis.valueOf(t.substring(BASIS_TAG.length()).toUpperCase(Locale.ROOT));
            } else if (t.startsWith(LEVEL_TAG)) {
                level = Level.valueOf(t.substring(LEVEL_TAG.length()).toUpperCase(Locale.ROOT));
            }
        }
        return new Grade(basis, level != null ? level : basis == Basis.DOCUMENTED ? Level.MUST : Level.SHOULD);
    }

    public String basisName() {
        return basis.name().toLowerCase(Locale.ROOT);
    }
}
