package io.restorekit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Proof that the schemas bite, generated from the schemas themselves: every documented field of every fixture (absent
 * optional fields added first) gets the cases {@link ConstraintCases} derives from its keywords, in both profiles.
 * A fixture the register expects findings for is skipped as a mutation base, with the defect ids as the reason.
 */
class SchemaConstraintTest {

    @TestFactory
    Stream<DynamicNode> everyDocumentedConstraintBites() throws IOException {
        List<DynamicNode> nodes = new ArrayList<>();
        for (SchemaProfile profile : SchemaProfile.values()) {
            SchemaCatalog catalog = KitFiles.catalog(profile);
            for (Path fixture : jsonFixtures()) {
                nodes.add(forFixture(catalog, fixture));
            }
        }
        return nodes.stream();
    }

    static List<Path> jsonFixtures() throws IOException {
        try (Stream<Path> files = Files.walk(KitFiles.schemas())) {
            return files.filter(p -> p.getParent().getFileName().toString().equals("examples"))
                    .filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    static String relative(Path fixture) {
        return KitFiles.schemas().relativize(fixture).toString().replace('\\', '/');
    }

    private DynamicNode forFixture(SchemaCatalog catalog, Path fixture) {
        String name = catalog.profile() + " " + relative(fixture);
        String api = KitFiles.schemas().relativize(fixture).getName(0).toString();
        SchemaKind kind = KitFiles.kindOf(fixture);
        List<DefectRegister.Expectation> expected = DefectRegister.expectations(relative(fixture), catalog.profile());
        if (!expected.isEmpty()) {
            String reason = "not a mutation base: the register expects findings ("
                    + expected.stream().map(DefectRegister.Expectation::defectId).distinct().collect(Collectors.joining(", "))
                    + "); FixtureFindingsTest checks them";
            return dynamicTest(name + " - skipped", () -> Assumptions.abort(reason));
        }
        JsonNode schema = catalog.dereferencedSchemaJson(api, kind);
        JsonNode completed = FixtureCompleter.complete(schema, KitFiles.json(fixture));
        ConstraintCases cases = new ConstraintCases(catalog, api, kind, completed);
        List<FieldSite> sites = FieldSite.of(schema, completed);
        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(dynamicTest("completed fixture is clean", () -> {
            ValidationResult result = catalog.validate(api, kind, completed, true);
            assertThat(result.errors()).as(result.describe()).isEmpty();
            assertThat(result.embeddedJsonProblems()).as(result.describe()).isEmpty();
        }));
        nodes.add(dynamicTest("completed fixture carries every documented field", () ->
                assertThat(documentedFieldCount(SchemaShape.of(schema), completed)).isEqualTo(sites.size())));
        nodes.add(dynamicContainer("(document root)", cases.undocumentedCases("").stream()));
        for (FieldSite site : sites) {
            nodes.add(dynamicContainer(site.pointer(), cases.forSite(site).stream()));
        }
        return dynamicContainer(name, nodes.stream());
    }

    /** Documented fields reachable from the root, counted over the schema (arrays: one element). */
    private static int documentedFieldCount(SchemaShape shape, JsonNode instance) {
        int count = 0;
        if (shape.documentsProperties()) {
            for (Map.Entry<String, List<JsonNode>> property : shape.properties().entrySet()) {
                assertThat(instance.has(property.getKey())).as("documented field %s present", property.getKey()).isTrue();
                count += 1 + documentedFieldCount(SchemaShape.of(property.getValue()), instance.get(property.getKey()));
            }
        } else if (!shape.items().isEmpty() && instance.isArray() && !instance.isEmpty()) {
            count += documentedFieldCount(SchemaShape.of(shape.items()), instance.get(0));
        }
        return count;
    }
}
