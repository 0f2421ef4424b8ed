package io.restorekit.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * Everything that differs between two {@code Describe*} listing actions, read from
 * {@code schemas/<id>/descriptor.json}. Shared machinery (paging, oracles, validation, reports) reads
 * only this, so a third API needs a descriptor, schemas, features and data, not new Java.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiDescriptor(
        String id,
        String title,
        String action,
        String version,
        String seed,
        Live live,
        Paging paging,
        ListShape list,
        String timestampUnit,
        ErrorShape error,
        Filters filters) {

    /** Where the live service answers: one host template with {region}, or a per-region override. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Live(String hostTemplate, Map<String, String> regionHosts) {
        public String hostFor(String region) {
            String host = regionHosts == null ? null : regionHosts.get(region);
            return host != null ? host : hostTemplate.replace("{region}", region);
        }
    }

    /** Paging parameters, their documented defaults, the first page number and the echoed fields. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Paging(
            String pageParam,
            String sizeParam,
            int firstPage,
            int defaultPage,
            int defaultSize,
            int walkSize,
            String echoPageField,
            String echoSizeField,
            String totalField,
            String totalPagesField) {
    }

    /**
     * Where the items sit in a success response, which field identifies one, and what one is called in messages and
     * step phrases: the noun, and its plural when it is not the noun with an "s".
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ListShape(String itemsPointer, String idField, String noun, String plural) {
        @Override
        public String plural() {
            return plural != null ? plural : noun + "s";
        }
    }

    /** Which fields of an error answer carry its code and its message (any one of them suffices). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ErrorShape(List<String> codeFields, List<String> messageFields) {
    }

    /**
     * A structured filter parameter (HBR's {@code Filters}): its keys, the item field each is judged on,
     * and the operator used when none is sent. Absent for APIs without one.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Filters(String param, String defaultOperator, Map<String, FilterKey> keys) {
        public FilterKey key(String name) {
            FilterKey key = keys == null ? null : keys.get(name);
            if (key == null) {
                throw new IllegalArgumentException("filter key '" + name + "' is not in the descriptor; known: "
                        + (keys == null ? "none" : keys.keySet()));
            }
            return key;
        }
    }

    /** How one filter key is judged client-side: on one field exactly, or (when ambiguous) not at all. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FilterKey(String field, boolean numeric, List<String> forbiddenOperators, List<String> candidateFields) {
        public boolean observable() {
            return field != null;
        }

        public List<String> candidateFields() {
            return candidateFields == null ? (field == null ? List.of() : List.of(field)) : candidateFields;
        }
    }

    /** Upper-case short name for messages and reports, e.g. "HBR". */
    public String label() {
        return id.toUpperCase(java.util.Locale.ROOT);
    }
}
