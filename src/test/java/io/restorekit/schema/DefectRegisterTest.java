package io.restorekit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The register and the schemas quote the seed pages truly, and the Markdown register and its JSON twin agree. Drift
 * entries ({@code "kind": "drift"}) also quote the API metadata truly and list the differences they account for
 * (which {@link MetadataDriftTest} matches against the mechanical diff).
 */
class DefectRegisterTest {
    private static final Set<String> CHOICES = Set.of("strict", "lenient", "configurable");
    private static final Set<String> DRIFT_FIELDS = Set.of("metadata", "accounts", "kitHolds");
    /** {@code <request|response>:<path>/<aspect>: metadata <value>, kit <value>}, as {@link MetadataDiff.Difference#key()} writes it. */
    private static final Pattern ACCOUNT = Pattern.compile("(request|response):(/[^ ]+)*/(x-literal/)?[A-Za-z]+: metadata .+, kit .+");

    private static String seed(String name) {
        return KitFiles.normalized(KitFiles.text(KitFiles.seeds().resolve(name)));
    }

    @Test
    void everyDefectIsCompleteAndQuotesItsSeedVerbatim() {
        Set<String> ids = new HashSet<>();
        for (JsonNode defect : DefectRegister.defects()) {
            String id = defect.get("id").asText();
            assertThat(id).matches(io.restorekit.TestApis.labels() + "-D\\d{2}");
            assertThat(ids.add(id)).as("unique " + id).isTrue();
            String api = id.substring(0, id.indexOf("-D")).toLowerCase(java.util.Locale.ROOT);
            assertThat(defect.get("api").asText()).isEqualTo(api);
            assertThat(defect.get("seed").asText()).isEqualTo(io.restorekit.TestApis.CATALOG.get(api).seed());
            for (String field : List.of("section", "problem", "why", "schemaEffect")) {
                assertThat(defect.path(field).asText()).as(id + " " + field).isNotBlank();
            }
            assertThat(defect.get("kitChoice").asText()).as(id).isIn(CHOICES);
            if (defect.has("kind")) {
                assertThat(defect.get("kind").asText()).as(id + " kind (absent: a doc defect)").isEqualTo(DefectRegister.DRIFT);
            }
            if (!DefectRegister.isDrift(defect)) {
                DRIFT_FIELDS.forEach(field -> assertThat(defect.has(field)).as(id + ": " + field + " belongs to drift entries").isFalse());
            }
            assertThat(defect.get("bearsOnBehaviour").isBoolean()).as(id).isTrue();
            assertThat(defect.get("quotes")).as(id).isNotEmpty();
            String seed = seed(defect.get("seed").asText());
            defect.get("quotes").forEach(q -> assertThat(seed).as(id + " quotes the seed").contains(KitFiles.normalized(q.asText())));
        }
        assertThat(ids).hasSizeGreaterThan(12);
    }

    @Test
    void everyDriftEntryQuotesTheMetadataVerbatimAndListsWhatItAccountsFor() {
        List<JsonNode> drift = DefectRegister.drift();
        assertThat(drift).isNotEmpty();
        for (JsonNode entry : drift) {
            String id = entry.get("id").asText();
            ApiMetadata metadata = ApiMetadata.of(entry.get("api").asText());
            String raw = KitFiles.normalized(KitFiles.text(metadata.file()));
            List<String> strings = metadata.strings().stream().map(KitFiles::normalized).toList();
            assertThat(entry.path("kitHolds").asText()).as(id + " kitHolds").isNotBlank();
            assertThat(entry.path("metadata").isArray() && !entry.path("metadata").isEmpty()).as(id + " metadata").isTrue();
            entry.get("metadata").forEach(q -> {
                String quote = KitFiles.normalized(q.asText());
                assertThat(raw.contains(quote) || strings.stream().anyMatch(text -> text.contains(quote)))
                        .as(id + " quotes the metadata (" + metadata.relativeName() + "): " + q.asText()).isTrue();
            });
            assertThat(entry.path("accounts").isArray() && !entry.path("accounts").isEmpty()).as(id + " accounts").isTrue();
            entry.get("accounts").forEach(a -> assertThat(a.asText()).as(id + " account").matches(ACCOUNT));
        }
    }

    @Test
    void theMarkdownRegisterIsTheTwinOfTheJson() {
        String markdown = KitFiles.text(KitFiles.root().resolve("docs/doc-defects.md"));
        Set<String> headings = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^### (" + io.restorekit.TestApis.labels() + "-D\\d{2})$").matcher(markdown);
        while (m.find()) {
            headings.add(m.group(1));
        }
        Set<String> ids = new TreeSet<>();
        for (JsonNode defect : DefectRegister.defects()) {
            String id = defect.get("id").asText();
            ids.add(id);
            int start = markdown.indexOf("### " + id + "\n");
            int end = markdown.indexOf("\n### ", start + 1);
            String section = markdown.substring(start, end < 0 ? markdown.length() : end);
            assertThat(section).as(id).contains(defect.get("problem").asText()).contains(defect.get("why").asText())
                    .contains("`" + defect.get("kitChoice").asText() + "`").contains(defect.get("schemaEffect").asText());
            defect.get("quotes").forEach(q -> assertThat(section).as(id).contains(q.asText()));
            defect.path("evidence").forEach(e -> assertThat(section).as(id + " evidence")
                    .contains(e.path("source").asText()).contains(e.path("quote").asText()));
            if (DefectRegister.isDrift(defect)) {
                assertThat(section).as(id).contains("- **Kind**: drift").contains(defect.get("kitHolds").asText());
                defect.get("metadata").forEach(q -> assertThat(section).as(id).contains(q.asText()));
                defect.get("accounts").forEach(a -> assertThat(section).as(id).contains(a.asText()));
            } else {
                assertThat(section).as(id).doesNotContain("- **Kind**:");
            }
        }
        assertThat(headings).isEqualTo(ids);
    }

    @Test
    void everyClientKnownValueRestsOnEvidenceTheRegisterQuotesTruly() {
        Path reference = KitFiles.root().resolve("../shared/reference/README.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(reference),
                "the second sources (../shared/reference/) are not beside the kit, so the evidence quotes cannot be read");
        String sources = KitFiles.normalized(KitFiles.text(reference));
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        DefectRegister.defects().forEach(d -> byId.put(d.get("id").asText(), d));
        int sites = 0;
        for (String api : KitFiles.catalog().apis()) {
            for (JsonNode known : KitFiles.catalog().dereferencedSchemaJson(api, SchemaKind.RESPONSE).findValues("x-client-values")) {
                sites++;
                JsonNode entry = byId.get(known.path("evidence").asText());
                assertThat(entry).as(api + " x-client-values names a register entry").isNotNull();
                assertThat(entry.path("evidence")).as(entry.get("id") + " evidence").isNotEmpty();
                String quoted = String.join(" ", entry.path("evidence").findValuesAsText("quote"));
                known.path("values").forEach(v -> assertThat(quoted).as(entry.get("id") + " evidence names " + v).contains(v.asText()));
                entry.path("evidence").forEach(e -> assertThat(sources).as(entry.get("id") + " quotes its source")
                        .contains(KitFiles.normalized(e.path("quote").asText())));
            }
        }
        assertThat(sites).isPositive();
    }

    @Test
    void everySchemaQuoteIsInItsSeedAndCitesKnownDefects() throws IOException {
        Set<String> ids = new HashSet<>();
        DefectRegister.defects().forEach(d -> ids.add(d.get("id").asText()));
        forEachXDoc((where, doc) -> {
            if (doc.path("seed").isTextual()) {
                String seed = seed(doc.get("seed").asText());
                assertThat(doc.path("section").asText()).as(where).isNotBlank();
                for (String key : List.of("quote", "alsoQuote", "example")) {
                    if (doc.has(key)) {
                        assertThat(seed).as(where + " " + key).contains(KitFiles.normalized(doc.get(key).asText()));
                    }
                }
            } else {
                assertThat(doc.path("source").asText()).as(where + ": x-doc without a seed names its source").isNotBlank();
            }
            doc.path("defects").forEach(id -> assertThat(ids).as(where).contains(id.asText()));
        });
    }

    @Test
    void everyConfigurableDefectHasAnOverlayAndEveryOverlayCitesOne() throws IOException {
        Set<String> configurable = new TreeSet<>();
        DefectRegister.defects().forEach(d -> {
            if (d.get("kitChoice").asText().equals("configurable")) {
                configurable.add(d.get("id").asText());
            }
        });
        Set<String> cited = new TreeSet<>();
        forEachSchemaNode((where, node) -> {
            if (node.has("x-literal")) {
                List<String> defects = new ArrayList<>();
                node.path("x-doc").path("defects").forEach(id -> defects.add(id.asText()));
                assertThat(defects).as(where + " overlay cites a configurable defect").containsAnyElementsOf(configurable);
                cited.addAll(defects);
            }
        });
        assertThat(cited).containsAll(configurable);
    }

    @Test
    void everyDocumentedFieldHasADescriptionAndADocQuote() {
        for (String api : KitFiles.catalog().apis()) {
            for (SchemaKind kind : SchemaKind.values()) {
                checkFields(api + "/" + kind, KitFiles.catalog().dereferencedSchemaJson(api, kind));
            }
        }
    }

    private static void checkFields(String where, JsonNode schema) {
        schema.path("properties").properties().forEach(e -> {
            assertThat(e.getValue().path("description").asText()).as(where + "/" + e.getKey()).isNotBlank();
            assertThat(e.getValue().path("x-doc").path("quote").asText()).as(where + "/" + e.getKey()).isNotBlank();
            checkFields(where + "/" + e.getKey(), e.getValue());
        });
        for (String key : List.of("items", "$defs", "allOf")) {
            JsonNode child = schema.path(key);
            if (key.equals("$defs")) {
                child.properties().forEach(e -> checkFields(where + "/$defs/" + e.getKey(), e.getValue()));
            } else if (child.isArray()) {
                child.forEach(c -> checkFields(where + "/" + key, c));
            } else if (child.isObject()) {
                checkFields(where + "/" + key, child);
            }
        }
    }

    private static void forEachXDoc(BiConsumer<String, JsonNode> check) throws IOException {
        forEachSchemaNode((where, node) -> {
            if (node.has("x-doc")) {
                check.accept(where, node.get("x-doc"));
            }
        });
    }

    private static void forEachSchemaNode(BiConsumer<String, JsonNode> check) throws IOException {
        try (Stream<Path> files = Files.walk(KitFiles.schemas())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".schema.json")).toList()) {
                walk(KitFiles.schemas().relativize(file) + "#", KitFiles.json(file), check);
            }
        }
    }

    private static void walk(String where, JsonNode node, BiConsumer<String, JsonNode> check) {
        if (node.isObject()) {
            check.accept(where, node);
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getKey().startsWith("x-") && !e.getKey().equals("examples")) {
                    walk(where + "/" + e.getKey(), e.getValue(), check);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(where + "/" + i, node.get(i), check);
            }
        }
    }
}
