package io.restorekit.session;

import io.restorekit.api.ApiDescriptor;
import io.restorekit.schema.SchemaViolation;
import io.restorekit.schema.ValidationResult;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Undocumented fields seen in one run's answers (warnings unless strict), gathered for the report:
 * one line per API and field location, however many answers carried it.
 */
public final class SchemaFindings {
    private final Map<String, Set<String>> warnings = new ConcurrentHashMap<>();

    void record(ApiDescriptor api, ValidationResult result) {
        for (SchemaViolation warning : result.warnings()) {
            // Item indexes differ from answer to answer; one location per field is enough.
            String where = warning.pointer().replaceAll("/\\d+(?=/|$)", "/*");
            warnings.computeIfAbsent(api.id(), k -> java.util.Collections.synchronizedSet(new TreeSet<>())).add(where);
        }
    }

    public Map<String, Set<String>> snapshot() {
        Map<String, Set<String>> copy = new TreeMap<>();
        warnings.forEach((api, set) -> {
            synchronized (set) {
                copy.put(api, new TreeSet<>(set));
            }
        });
        return copy;
    }
}
