package io.restorekit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Violations read as sentences about the docs; warnings and embedded JSON are reported apart from errors. */
class ValidationResultTest {
    private final SchemaCatalog catalog = KitFiles.catalog();

    private static JsonNode hbrWithFourJobs() {
        JsonNode response = KitFiles.json(KitFiles.schemas().resolve("hbr/examples/success.repaired.json"));
        ArrayNode jobs = (ArrayNode) response.at("/RestoreJobs/RestoreJob");
        for (int i = 1; i < 4; i++) {
            ObjectNode job = jobs.get(0).deepCopy();
            job.put("RestoreId", "r-" + i);
            jobs.add(job);
        }
        return response;
    }

    @Test
    void aViolationDescribesPointerConstraintAndValue() {
        JsonNode response = hbrWithFourJobs();
        ((ObjectNode) response.at("/RestoreJobs/RestoreJob/3")).put("Progress", 12000);
        ValidationResult result = catalog.validate("hbr", SchemaKind.RESPONSE, response, false);
        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(v -> {
            assertThat(v.pointer()).isEqualTo("/RestoreJobs/RestoreJob/3/Progress");
            assertThat(v.constraint()).isEqualTo("maximum 10000");
            assertThat(v.actual()).isEqualTo("12000");
            assertThat(v.detail()).endsWith("response.schema.json#/$defs/RestoreJob/properties/Progress/maximum");
            assertThat(v.describe()).isEqualTo("at /RestoreJobs/RestoreJob/3/Progress: expected maximum 10000, got 12000");
        });
    }

    @Test
    void aMissingRequiredFieldIsNamedByItsOwnPointer() {
        JsonNode response = hbrWithFourJobs();
        ((ObjectNode) response.at("/RestoreJobs/RestoreJob/2")).remove("RestoreId");
        ValidationResult result = catalog.validate("hbr", SchemaKind.RESPONSE, response, false);
        assertThat(result.errors()).extracting(SchemaViolation::describe)
                .containsExactly("at /RestoreJobs/RestoreJob/2/RestoreId: expected required, got (absent)");
    }

    @Test
    void anIntegerSentAsAStringFails() {
        JsonNode response = KitFiles.json(KitFiles.schemas().resolve("dbs/examples/success.doc.json"));
        ((ObjectNode) response).put("TotalElements", "1");
        assertThat(catalog.validate("dbs", SchemaKind.RESPONSE, response, false).errors()).extracting(SchemaViolation::describe)
                .containsExactly("at /TotalElements: expected type integer, got \"1\"");
    }

    @Test
    void theRootIsNamedReadably() {
        ValidationResult result = catalog.validate("dbs", SchemaKind.ERROR, KitFiles.json("{\"RequestId\":\"r\"}"), false);
        assertThat(result.errors()).extracting(SchemaViolation::describe)
                .containsExactly("at (document root): expected anyOf [required Code | required ErrCode], got {\"RequestId\":\"r\"}");
    }

    @Test
    void describeListsEveryFindingWithItsList() {
        JsonNode response = KitFiles.json(KitFiles.schemas().resolve("hbr/examples/success.doc.json"));
        ((ObjectNode) response).put("Extra", true);
        ((ObjectNode) response).put("TotalCount", -1);
        String text = catalog.validate("hbr", SchemaKind.RESPONSE, response, false).describe();
        assertThat(text.lines()).hasSize(3);
        assertThat(text).contains("error at /TotalCount: expected minimum 0, got -1")
                .contains("warning at /Extra: expected a documented field (not in the schema), got true")
                .contains("embedded-json at /RestoreJobs/RestoreJob/0/UdmDetail: expected contentMediaType application/json");
    }

    @Test
    void pointersEscapeSlashAndTilde() {
        JsonNode response = KitFiles.json(KitFiles.schemas().resolve("hbr/examples/success.repaired.json"));
        ((ObjectNode) response.at("/RestoreJobs/RestoreJob/0")).put("a/b~c", 1);
        assertThat(catalog.validate("hbr", SchemaKind.RESPONSE, response, false).warnings()).extracting(SchemaViolation::pointer)
                .containsExactly("/RestoreJobs/RestoreJob/0/a~1b~0c");
    }
}
