package io.restorekit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCatalogTest {

    @Test
    void validationTellsTheDocumentedFieldsAnAnswerCarriedFromTheOnesItDidNot() throws IOException {
        SchemaCatalog catalog = SchemaCatalog.load(KitFiles.schemas());
        JsonNode answer = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"RequestId\":\"r\",\"Success\":true,\"RestoreJobs\":{\"RestoreJob\":[{\"RestoreId\":\"r-1\"},{\"RestoreId\":\"r-2\",\"Extra\":1}]}}");
        ValidationResult result = catalog.validate("hbr", SchemaKind.RESPONSE, answer, false);
        assertThat(result.reached()).contains("/RequestId", "/RestoreJobs/RestoreJob", "/RestoreJobs/RestoreJob/*",
                "/RestoreJobs/RestoreJob/*/RestoreId").doesNotContain("/RestoreJobs/RestoreJob/*/Status", "/RestoreJobs/RestoreJob/*/Extra");
        assertThat(catalog.documentedFields("hbr", SchemaKind.RESPONSE)).containsAll(result.reached())
                .contains("/RestoreJobs/RestoreJob/*/Status", "/TotalCount");
        assertThat(result.warnings()).extracting(SchemaViolation::pointer).containsExactly("/RestoreJobs/RestoreJob/1/Extra");
    }

    @Test
    void loadCompilesOnceAndSharesTheCatalog() {
        assertThat(SchemaCatalog.load(KitFiles.schemas())).isSameAs(SchemaCatalog.load(KitFiles.schemas().resolve("../schemas")));
        assertThat(SchemaCatalog.load(KitFiles.schemas(), SchemaProfile.LITERAL)).isNotSameAs(SchemaCatalog.load(KitFiles.schemas()));
        assertThat(KitFiles.catalog().apis()).containsExactlyInAnyOrder("hbr", "dbs");
        assertThat(KitFiles.catalog().profile()).isEqualTo(SchemaProfile.TOLERANT);
    }

    @Test
    void anUnknownApiIsNamedInTheError() {
        assertThatThrownBy(() -> KitFiles.catalog().validate("ecs", SchemaKind.RESPONSE, KitFiles.json("{}"), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ecs").hasMessageContaining("hbr/response.schema.json");
    }

    @Test
    void schemaJsonIsACopyOfTheDocumentAsWritten() {
        JsonNode first = KitFiles.catalog().schemaJson("hbr", SchemaKind.RESPONSE);
        assertThat(first.get("$id").asText()).isEqualTo("https://restorekit.invalid/schemas/hbr/response.schema.json");
        assertThat(first.at("/$defs/RestoreJob/properties/CompleteTime/$ref").asText()).isEqualTo("../common/timestamps.schema.json#/$defs/unixSeconds");
        ((ObjectNode) first).remove("properties");
        assertThat(KitFiles.catalog().schemaJson("hbr", SchemaKind.RESPONSE).has("properties")).isTrue();
    }

    @Test
    void theDereferencedSchemaHasNoRefsLeft() {
        for (String api : KitFiles.catalog().apis()) {
            for (SchemaKind kind : SchemaKind.values()) {
                JsonNode schema = KitFiles.catalog().dereferencedSchemaJson(api, kind);
                assertThat(refsOutsideAnnotations(schema)).as(api + " " + kind).isZero();
            }
        }
        JsonNode completeTime = KitFiles.catalog().dereferencedSchemaJson("hbr", SchemaKind.RESPONSE).at("/$defs/RestoreJob/properties/CompleteTime");
        assertThat(completeTime.get("maximum").asLong()).isEqualTo(99_999_999_999L);
        assertThat(completeTime.get("x-ref").asText()).isEqualTo("../common/timestamps.schema.json#/$defs/unixSeconds");
        assertThat(completeTime.get("description").asText()).startsWith("The time when the restore job was completed.");
    }

    private static int refsOutsideAnnotations(JsonNode node) {
        int count = node.has("$ref") ? 1 : 0;
        for (var e : node.properties()) {
            if (!e.getKey().startsWith("x-")) {
                count += refsOutsideAnnotations(e.getValue());
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                count += refsOutsideAnnotations(element);
            }
        }
        return count;
    }

    @Test
    void aMisspelledKeywordFailsLoading(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("x"));
        Files.writeString(root.resolve("x/response.schema.json"), """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://restorekit.invalid/schemas/x/response.schema.json",
                 "type": "object", "properties": {"a": {"type": "integer", "maximun": 5}}}""");
        assertThatThrownBy(() -> SchemaCatalog.load(root)).hasMessageContaining("maximun");
    }

    @Test
    void parallelValidationsAgree() throws Exception {
        SchemaCatalog catalog = KitFiles.catalog();
        JsonNode base = KitFiles.json(KitFiles.schemas().resolve("hbr/examples/success.repaired.json"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int progress = 9_990 + (i % 20);
                results.add(pool.submit(() -> {
                    JsonNode instance = base.deepCopy();
                    ((ObjectNode) instance.at("/RestoreJobs/RestoreJob/0")).put("Progress", progress);
                    return progress + ":" + catalog.validate("hbr", SchemaKind.RESPONSE, instance, false).describe();
                }));
            }
            for (Future<String> result : results) {
                String text = result.get();
                int progress = Integer.parseInt(text.substring(0, text.indexOf(':')));
                String findings = text.substring(text.indexOf(':') + 1);
                assertThat(findings).isEqualTo(progress > 10_000
                        ? "error at /RestoreJobs/RestoreJob/0/Progress: expected maximum 10000, got " + progress : "");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
