package io.restorekit.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What step phrases call the items of the catalog's APIs: each descriptor's noun ({@code list.noun}, e.g. "backup job")
 * and its plural ({@code list.plural}, else the noun with an "s"). A phrase resolves to the APIs whose items it names.
 */
public final class ItemNouns {
    /**
     * The text a step phrase may use to name items: lower-case words, not starting with "all" (so "I list all backup
     * jobs" is never read as items called "all backup jobs"). Every noun of the catalog must match it.
     */
    public static final String PHRASE = "(?!all )[a-z]+(?: [a-z]+)*?";
    private static final Pattern WHOLE = Pattern.compile(PHRASE);

    private final List<ApiDescriptor> apis;

    private ItemNouns(List<ApiDescriptor> apis) {
        this.apis = apis;
    }

    /** Fails naming the descriptor when a noun cannot be written in a step phrase. */
    public static ItemNouns of(Collection<ApiDescriptor> apis) {
        for (ApiDescriptor api : apis) {
            for (String form : List.of(api.list().noun(), api.list().plural())) {
                if (!WHOLE.matcher(form).matches()) {
                    throw new IllegalArgumentException(api.label() + "'s item noun '" + form
                            + "' cannot be named in a step phrase: it must be lower-case words");
                }
            }
        }
        return new ItemNouns(List.copyOf(apis));
    }

    /** The APIs whose items {@code phrase} names, singular or plural; fails naming the known nouns for an unknown one. */
    public ItemNoun resolve(String phrase) {
        List<ApiDescriptor> named = new ArrayList<>();
        boolean plural = false;
        for (ApiDescriptor api : apis) {
            if (api.list().noun().equals(phrase)) {
                named.add(api);
            } else if (api.list().plural().equals(phrase)) {
                named.add(api);
                plural = true;
            }
        }
        if (named.isEmpty()) {
            throw new IllegalArgumentException("no API lists '" + phrase + "'; the known items are " + known());
        }
        return new ItemNoun(phrase, plural, named);
    }

    /** Every noun with its plural and its API, each as {@code noun(s) (LABEL)}, or {@code noun/plural (LABEL)}. */
    public Set<String> known() {
        Set<String> known = new LinkedHashSet<>();
        for (ApiDescriptor api : apis) {
            String noun = api.list().noun();
            String plural = api.list().plural();
            known.add((plural.equals(noun + "s") ? noun + "(s)" : noun + "/" + plural) + " (" + api.label() + ")");
        }
        return known;
    }

    /** A phrase's items: the text as written, whether it was the plural, and the APIs whose items it names. */
    public record ItemNoun(String phrase, boolean plural, List<ApiDescriptor> apis) {
        public ItemNoun {
            apis = List.copyOf(apis);
        }

        public boolean names(ApiDescriptor api) {
            return apis.contains(api);
        }

        /** These items, when they are {@code api}'s (the scenario's, by its tag); else fails naming both. */
        public ItemNoun requireOf(ApiDescriptor api) {
            if (!names(api)) {
                throw new IllegalStateException("the step names " + phrase + ", which " + String.join(" and ",
                        apis.stream().map(ApiDescriptor::label).toList()) + " lists, but the scenario is tagged @" + api.id()
                        + ", whose items are " + api.list().plural());
            }
            return this;
        }
    }
}
