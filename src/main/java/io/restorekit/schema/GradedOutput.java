package io.restorekit.schema;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.OutputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import java.util.ArrayList;

/**
 * The kit's networknt output format: one validation pass, its errors sorted by what the kit makes of them. Schema
 * errors fail; members the schema does not list ({@link DocumentedMembersKeyword}) and values official clients know
 * ({@link ClientValuesKeyword}) warn; strings that are not the JSON text they are documented as
 * ({@link EmbeddedJsonKeyword}) are their own check.
 */
final class GradedOutput implements OutputFormat<GradedOutput.Graded> {
    // java.util.List in full: OutputFormat's own nested List type shadows an import here.
    record Graded(java.util.List<SchemaViolation> errors, java.util.List<SchemaViolation> undocumented, java.util.List<SchemaViolation> embeddedJson,
                  java.util.List<SchemaViolation> clientKnown) {
    }

    @Override
    public void customize(ExecutionContext execution, SchemaContext context) {
        // Errors only, as networknt's default format.
        execution.executionConfig(config -> config.annotationCollectionEnabled(false));
    }

    @Override
    public Graded format(Schema schema, ExecutionContext execution, SchemaContext context) {
        java.util.List<Error> schemaErrors = new ArrayList<>();
        java.util.List<SchemaViolation> undocumented = new ArrayList<>();
        java.util.List<SchemaViolation> embedded = new ArrayList<>();
        java.util.List<SchemaViolation> clientKnown = new ArrayList<>();
        for (Error error : execution.getErrors()) {
            String keyword = error.getKeyword();
            if (UndocumentedMarking.KEYWORD.equals(keyword)) {
                undocumented.add(ViolationTranslator.undocumented(error));
            } else if (EmbeddedJsonKeyword.NAME.equals(keyword)) {
                embedded.add(ViolationTranslator.graded(error, "contentMediaType application/json"));
            } else if (ClientValuesKeyword.GRADED.equals(keyword)) {
                clientKnown.add(ViolationTranslator.graded(error, "enum " + error.getSchemaNode()));
            } else {
                schemaErrors.add(error);
            }
        }
        return new Graded(ViolationTranslator.translate(schemaErrors), undocumented, embedded, clientKnown);
    }
}
