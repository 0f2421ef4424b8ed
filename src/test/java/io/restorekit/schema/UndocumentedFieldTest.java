package io.restorekit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Services add fields: undocumented members warn by default and fail in strict mode, wherever they appear. */
class UndocumentedFieldTest {
    private final SchemaCatalog catalog = KitFiles.catalog();

    @Test
    void extraFieldsWarnAtEveryLevel() {
        JsonNode response = KitFiles.json(KitFiles.schemas().resolve("dbs/examples/success.doc.json"));
        ((ObjectNode) response).put("NewEnvelopeField", 1);
        ((ObjectNode) response.at("/Items")).put("NewWrapperField", "x");
        ((ObjectNode) response.at("/Items/RestoreTaskDetail/0")).putObject("NewTaskField").put("deep", 1);

        ValidationResult lenient = catalog.validate("dbs", SchemaKind.RESPONSE, response, false);
        assertThat(lenient.valid()).isTrue();
        assertThat(lenient.warnings()).extracting(SchemaViolation::pointer)
                .containsExactlyInAnyOrder("/NewEnvelopeField", "/Items/NewWrapperField", "/Items/RestoreTaskDetail/0/NewTaskField");

        ValidationResult strict = catalog.validate("dbs", SchemaKind.RESPONSE, response, true);
        assertThat(strict.valid()).isFalse();
        assertThat(strict.warnings()).isEmpty();
        assertThat(strict.errors()).extracting(SchemaViolation::pointer)
                .containsExactlyInAnyOrder("/NewEnvelopeField", "/Items/NewWrapperField", "/Items/RestoreTaskDetail/0/NewTaskField");
    }

    @Test
    void envelopeFieldsReachedThroughAllOfAreDocumented() {
        JsonNode error = KitFiles.json(KitFiles.schemas().resolve("hbr/examples/error.kit.json"));
        ValidationResult result = catalog.validate("hbr", SchemaKind.ERROR, error, true);
        assertThat(result.errors()).isEmpty();
        ((ObjectNode) error).put("ErrCode", "x");
        assertThat(catalog.validate("hbr", SchemaKind.ERROR, error, true).errors()).extracting(SchemaViolation::pointer)
                .containsExactly("/ErrCode");
    }

    @Test
    void requestsToo() {
        JsonNode request = KitFiles.json("{\"PageSize\": 10, \"Filters\": [{\"Key\": \"VaultId\", \"Values\": [\"v-1\"], \"Op\": \"IN\"}]}");
        ValidationResult result = catalog.validate("hbr", SchemaKind.REQUEST, request, false);
        assertThat(result.valid()).isTrue();
        assertThat(result.warnings()).extracting(SchemaViolation::pointer).containsExactly("/Filters/0/Op");
    }
}
