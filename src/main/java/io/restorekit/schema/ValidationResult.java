package io.restorekit.schema;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The outcome of validating one instance.
 *
 * @param errors               schema violations (and, in strict mode, undocumented fields)
 * @param warnings             undocumented fields (empty in strict mode: they are errors there)
 * @param embeddedJsonProblems strings documented as JSON text that do not parse: a separate, reported check
 * @param reached              the documented field locations the instance carries ({@code *} for array indexes)
 * @param clientKnownValues    values outside a documented enum that official clients know: warnings naming the evidence
 */
public record ValidationResult(List<SchemaViolation> errors, List<SchemaViolation> warnings,
                               List<SchemaViolation> embeddedJsonProblems, java.util.Set<String> reached,
                               List<SchemaViolation> clientKnownValues) {

    public ValidationResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        embeddedJsonProblems = List.copyOf(embeddedJsonProblems);
        reached = java.util.Set.copyOf(reached);
        clientKnownValues = List.copyOf(clientKnownValues);
    }

    /** No schema errors. Warnings and embedded-JSON problems are reported but do not make an instance invalid. */
    public boolean valid() {
        return errors.isEmpty();
    }

    /** One line per finding, prefixed {@code error}, {@code warning} or {@code embedded-json}. */
    public String describe() {
        return Stream.of(lines("error", errors), lines("warning", warnings), lines("embedded-json", embeddedJsonProblems))
                .flatMap(s -> s).collect(Collectors.joining("\n"));
    }

    private static Stream<String> lines(String label, List<SchemaViolation> violations) {
        return violations.stream().map(v -> label + " " + v.describe() + (label.equals("embedded-json") ? " (" + v.detail() + ")" : ""));
    }
}
