package io.restorekit.report;

import java.util.Map;
import java.util.Set;

/**
 * What a run's answers showed about the documented fields, per API: fields the pages do not document, and documented
 * fields no answer carried (so their type, enum and format rules were not exercised by this target).
 *
 * @param undocumented per API, the undocumented field locations seen ({@code *} for array indexes)
 * @param notExercised per API, {@code response /Field} or {@code error /Field} for each documented field no answer carried
 */
public record FieldFindings(Map<String, Set<String>> undocumented, Map<String, Set<String>> notExercised) {
    public static final FieldFindings NONE = new FieldFindings(Map.of(), Map.of());

    public FieldFindings {
        undocumented = Map.copyOf(undocumented);
        notExercised = Map.copyOf(notExercised);
    }
}
