package io.restorekit.session;

import io.restorekit.api.ApiDescriptor;
import io.restorekit.report.FieldFindings;
import io.restorekit.schema.SchemaCatalog;
import io.restorekit.schema.SchemaKind;
import io.restorekit.schema.SchemaViolation;
import io.restorekit.schema.ValidationResult;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one run's answers showed about the documented fields, gathered for the report: undocumented fields (warnings
 * unless strict), one line per API and location however many answers carried it; and the documented fields each kind
 * of answer carried, so the report can list the rules that never met an instance.
 */
public final class SchemaFindings {
    private final Map<String, Set<String>> warnings = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> reached = new ConcurrentHashMap<>();

    void record(ApiDescriptor api, SchemaKind kind, ValidationResult result) {
        for (SchemaViolation warning : result.warnings()) {
            // Item indexes differ from answer to answer; one location per field is enough.
            String where = warning.pointer().replaceAll("/\\d+(?=/|$)", "/*");
            setOf(warnings, api.id()).add(where);
        }
        setOf(reached, api.id() + " " + kindName(kind)).addAll(result.reached());
    }

    /** Undocumented fields seen, and documented ones (of {@code apis}) no answer carried. */
    public FieldFindings snapshot(SchemaCatalog schemas, Set<String> apis) {
        Map<String, Set<String>> notExercised = new TreeMap<>();
        for (String api : apis) {
            Set<String> missing = new TreeSet<>();
            for (SchemaKind kind : new SchemaKind[] {SchemaKind.RESPONSE, SchemaKind.ERROR}) {
                Set<String> seen = copy(reached.get(api + " " + kindName(kind)));
                schemas.documentedFields(api, kind).stream().filter(f -> !seen.contains(f))
                        .forEach(f -> missing.add(kindName(kind) + " " + f));
            }
            notExercised.put(api, missing);
        }
        Map<String, Set<String>> undocumented = new TreeMap<>();
        warnings.forEach((api, set) -> undocumented.put(api, copy(set)));
        return new FieldFindings(undocumented, notExercised);
    }

    private static String kindName(SchemaKind kind) {
        return kind == SchemaKind.ERROR ? "error" : "response";
    }

    private static Set<String> setOf(Map<String, Set<String>> map, String key) {
        return map.computeIfAbsent(key, k -> Collections.synchronizedSet(new TreeSet<>()));
    }

    private static Set<String> copy(Set<String> set) {
        if (set == null) {
            return Set.of();
        }
        synchronized (set) {
            return new TreeSet<>(set);
        }
    }
}
