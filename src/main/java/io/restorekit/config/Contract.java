package io.restorekit.config;

import java.util.Locale;

/**
 * The contract edition a run holds its target to: the seed pages as given, or Alibaba Cloud's API metadata wherever it
 * differs from them ({@code schemas/<api>/metadata/}). Scenarios whose expectation differs carry {@code @contract:seed}
 * or {@code @contract:metadata}; a run leaves out the other edition's ({@code runner.ContractEditionFilter}), and the
 * schemas apply their {@code x-metadata} overlays under {@link #METADATA}.
 */
public enum Contract {
    SEED("the seed pages (docs/seeds/)"),
    METADATA("the API metadata where it differs from the seed pages (schemas/<api>/metadata/)");

    private final String description;

    Contract(String description) {
        this.description = description;
    }

    /** {@code seed} or {@code metadata}, as the settings, tags and results file spell it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    /** The tag of the scenarios that belong to this edition only. */
    public String tag() {
        return "@contract:" + id();
    }

    /** The other edition. */
    public Contract other() {
        return this == SEED ? METADATA : SEED;
    }

    /** {@code value} as an edition; {@code name} is the setting's name as given, for the one-line error. */
    public static Contract parse(String name, String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "seed" -> SEED;
            case "metadata" -> METADATA;
            default -> throw new ConfigurationException(name + "='" + value
                    + "' is not a contract edition; accepted: seed (the pages, the default) or metadata (the API metadata where it differs)");
        };
    }

    /** The edition whose {@link #id()} is {@code id} described as "id — description", or {@code id} itself if none is. */
    public static String describe(String id) {
        return java.util.Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst()
                .map(c -> c.id() + " — " + c.description()).orElse(id);
    }
}
