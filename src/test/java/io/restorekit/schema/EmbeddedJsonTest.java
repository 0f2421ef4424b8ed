package io.restorekit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Strings documented as JSON text are parsed; a failure is a separate, reported finding, not a schema error. */
class EmbeddedJsonTest {
    private final SchemaCatalog catalog = KitFiles.catalog();
    private static final String JOB = "/RestoreJobs/RestoreJob/0";

    private JsonNode hbrWith(String field, String value) {
        JsonNode response = KitFiles.json(KitFiles.schemas().resolve("hbr/examples/success.repaired.json"));
        ((ObjectNode) response.at(JOB)).put(field, value);
        return response;
    }

    @Test
    void theDocSampleUdmDetailIsEscapedTwice() {
        ValidationResult result = catalog.validate("hbr", SchemaKind.RESPONSE,
                KitFiles.json(KitFiles.schemas().resolve("hbr/examples/success.doc.json")), false);
        assertThat(result.valid()).isTrue();
        assertThat(result.embeddedJsonProblems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo(JOB + "/UdmDetail");
            assertThat(p.constraint()).isEqualTo("contentMediaType application/json");
            assertThat(p.detail()).contains("Unexpected character").contains("line 1, column 2");
        });
    }

    @Test
    void theOptionsProseFormIsNotJson() {
        ValidationResult result = catalog.validate("hbr", SchemaKind.RESPONSE, hbrWith("Options", "[\"UseVSS\":true]"), false);
        assertThat(result.errors()).isEmpty();
        assertThat(result.embeddedJsonProblems()).extracting(SchemaViolation::pointer).containsExactly(JOB + "/Options");
        assertThat(catalog.validate("hbr", SchemaKind.RESPONSE, hbrWith("Options", "{\"UseVSS\":true}"), false)
                .embeddedJsonProblems()).isEmpty();
    }

    @Test
    void trailingGarbageIsAProblemAndAnEmptyStringMeansNotSet() {
        assertThat(catalog.validate("hbr", SchemaKind.RESPONSE, hbrWith("Include", "[\"/a\"] x"), false).embeddedJsonProblems())
                .extracting(SchemaViolation::pointer).containsExactly(JOB + "/Include");
        assertThat(catalog.validate("hbr", SchemaKind.RESPONSE, hbrWith("Include", ""), false).embeddedJsonProblems()).isEmpty();
    }

    @Test
    void everyFieldCarryingJsonIsMarked() {
        assertThat(jsonFields(catalog.dereferencedSchemaJson("hbr", SchemaKind.RESPONSE).at("/$defs/RestoreJob/properties")))
                .containsExactlyInAnyOrder("UdmDetail", "Options", "Include", "Exclude", "FailbackDetail");
        assertThat(jsonFields(catalog.dereferencedSchemaJson("dbs", SchemaKind.RESPONSE).at("/$defs/RestoreTaskDetail/properties")))
                .containsExactly("RestoreObjects");
    }

    private static java.util.List<String> jsonFields(JsonNode properties) {
        return properties.properties().stream()
                .filter(e -> "application/json".equals(e.getValue().path("contentMediaType").asText()))
                .map(java.util.Map.Entry::getKey).toList();
    }
}
