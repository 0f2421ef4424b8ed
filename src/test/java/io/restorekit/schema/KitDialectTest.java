package io.restorekit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks beside the schema are networknt keywords of the kit's dialect, graded from one validation pass: each is
 * shown finding what it exists for, and leaving alone what a schema says by itself.
 */
class KitDialectTest {
    private static final String BASE = "https://restorekit.invalid/schemas/";

    @TempDir
    Path root;

    private SchemaCatalog catalog(String responseSchema) throws IOException {
        Path file = root.resolve("x/response.schema.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, ("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$id\": \"%sx/response.schema.json\", "
                .formatted(BASE)) + responseSchema + "}");
        return SchemaCatalog.load(root);
    }

    @Test
    void aValueOfficialClientsKnowWarnsWithItsEvidenceAndAnyOtherFails() throws IOException {
        SchemaCatalog catalog = catalog("""
                "type": "object", "properties": {"s": {"type": "string", "enum": ["A", "B"],
                  "x-client-values": {"values": ["R"], "evidence": "X-D1"}}}""");
        ValidationResult known = catalog.validate("x", SchemaKind.RESPONSE, KitFiles.json("{\"s\": \"R\"}"), false);
        assertThat(known.valid()).isTrue();
        assertThat(known.clientKnownValues()).singleElement().satisfies(v -> {
            assertThat(v.pointer()).isEqualTo("/s");
            assertThat(v.constraint()).isEqualTo("enum [\"A\",\"B\"]");
            assertThat(v.detail()).contains("X-D1");
        });
        ValidationResult unknown = catalog.validate("x", SchemaKind.RESPONSE, KitFiles.json("{\"s\": \"Q\"}"), false);
        assertThat(unknown.errors()).extracting(SchemaViolation::describe).containsExactly("at /s: expected enum [\"A\",\"B\"], got \"Q\"");
        assertThat(unknown.clientKnownValues()).isEmpty();
        assertThat(catalog.validate("x", SchemaKind.RESPONSE, KitFiles.json("{\"s\": \"A\"}"), false).clientKnownValues()).isEmpty();
    }

    @Test
    void anUnevaluatedPropertiesTheSchemaWritesIsAnErrorNotAWarning() throws IOException {
        SchemaCatalog catalog = catalog("""
                "type": "object", "properties": {"a": {"type": "object", "properties": {"b": {}}, "unevaluatedProperties": false}}""");
        ValidationResult result = catalog.validate("x", SchemaKind.RESPONSE, KitFiles.json("{\"a\": {\"b\": 1, \"c\": 2}, \"d\": 3}"), false);
        assertThat(result.errors()).extracting(SchemaViolation::pointer).containsExactly("/a");
        assertThat(result.warnings()).extracting(SchemaViolation::pointer).containsExactly("/d");
    }

    @Test
    void membersListedBesideAnAllOfAreDocumentedAndOthersAreNot() throws IOException {
        SchemaCatalog catalog = catalog("""
                "type": "object", "allOf": [{"properties": {"a": {}}}], "properties": {"b": {}}""");
        ValidationResult result = catalog.validate("x", SchemaKind.RESPONSE, KitFiles.json("{\"a\": 1, \"b\": 2, \"c\": 3}"), false);
        assertThat(result.warnings()).extracting(SchemaViolation::describe)
                .containsExactly("at /c: expected a documented field (not in the schema), got 3");
        assertThat(result.reached()).containsExactlyInAnyOrder("/a", "/b");
    }

    @Test
    void jsonTextThatDoesNotParseIsItsOwnFindingAndAnEmptyStringIsNotSet() throws IOException {
        SchemaCatalog catalog = catalog("""
                "type": "object", "properties": {"j": {"type": "string", "contentMediaType": "application/json"}}""");
        ValidationResult bad = catalog.validate("x", SchemaKind.RESPONSE, KitFiles.json("{\"j\": \"{\\\"a\\\": 1} x\"}"), false);
        assertThat(bad.valid()).isTrue();
        assertThat(bad.embeddedJsonProblems()).singleElement().satisfies(v -> {
            assertThat(v.pointer()).isEqualTo("/j");
            assertThat(v.constraint()).isEqualTo("contentMediaType application/json");
            assertThat(v.detail()).contains("line 1");
        });
        assertThat(catalog.validate("x", SchemaKind.RESPONSE, KitFiles.json("{\"j\": \"\"}"), false).embeddedJsonProblems()).isEmpty();
        assertThat(catalog.validate("x", SchemaKind.RESPONSE, KitFiles.json("{\"j\": \"[1]\"}"), false).embeddedJsonProblems()).isEmpty();
        assertThat(catalog.validate("x", SchemaKind.RESPONSE, KitFiles.json("{\"j\": \"[1] [2]\"}"), false).embeddedJsonProblems())
                .singleElement().satisfies(v -> assertThat(v.detail()).startsWith("Trailing token (of type START_ARRAY)"));
        assertThat(catalog.validate("x", SchemaKind.RESPONSE, KitFiles.json("{\"j\": \" \"}"), false).embeddedJsonProblems()).isEmpty();
    }

    @Test
    void aTextJudgedBeforeGetsTheSameVerdictAndTheMemoStaysBounded() {
        String bad = "{\"a\": 1} x" + System.nanoTime();
        String first = EmbeddedJsonKeyword.memoized(bad);
        assertThat(first).isNotNull().isEqualTo(EmbeddedJsonKeyword.problem(bad));
        assertThat(EmbeddedJsonKeyword.memoized(bad)).isEqualTo(first);
        String good = "[" + System.nanoTime() + "]";
        assertThat(EmbeddedJsonKeyword.memoized(good)).isNull();
        assertThat(EmbeddedJsonKeyword.memoized(good)).isNull();
        for (int i = 0; i < EmbeddedJsonKeyword.MEMO_LIMIT + 10; i++) {
            EmbeddedJsonKeyword.memoized("[" + i + "]");
        }
        assertThat(EmbeddedJsonKeyword.memoSize()).isLessThanOrEqualTo(EmbeddedJsonKeyword.MEMO_LIMIT);
        assertThat(EmbeddedJsonKeyword.memoized(bad)).as("judged again after the memo was emptied").isEqualTo(first);
    }
}
