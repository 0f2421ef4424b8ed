package io.restorekit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Unaltered fixtures pass, or fail exactly as {@code schemas/defects.json} predicts, in each profile. */
class FixtureFindingsTest {

    record Finding(String list, String pointer, String constraint) {
    }

    @TestFactory
    Stream<DynamicTest> fixturesFailExactlyAsTheRegisterSays() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (SchemaProfile profile : SchemaProfile.values()) {
            SchemaCatalog catalog = KitFiles.catalog(profile);
            for (Path fixture : SchemaConstraintTest.jsonFixtures()) {
                String relative = SchemaConstraintTest.relative(fixture);
                tests.add(dynamicTest(profile + " " + relative, () -> {
                    String api = KitFiles.schemas().relativize(fixture).getName(0).toString();
                    ValidationResult result = catalog.validate(api, KitFiles.kindOf(fixture), KitFiles.json(fixture), false);
                    List<Finding> expected = DefectRegister.expectations(relative, profile).stream()
                            .map(e -> new Finding(e.list(), e.pointer(), e.constraint())).toList();
                    assertThat(findings(result)).as(result.describe()).containsExactlyInAnyOrderElementsOf(expected);
                }));
            }
        }
        return tests.stream();
    }

    private static List<Finding> findings(ValidationResult result) {
        List<Finding> findings = new ArrayList<>();
        result.errors().forEach(v -> findings.add(new Finding("errors", v.pointer(), v.constraint())));
        result.warnings().forEach(v -> findings.add(new Finding("warnings", v.pointer(), v.constraint())));
        result.embeddedJsonProblems().forEach(v -> findings.add(new Finding("embeddedJsonProblems", v.pointer(), v.constraint())));
        return findings;
    }

    @Test
    void theRegisterPredictsParseFailuresOnlyForTextThatDoesNotParse() {
        List<DefectRegister.Expectation> parse = DefectRegister.expectations().stream().filter(e -> e.list().equals("parse")).toList();
        assertThat(parse).extracting(DefectRegister.Expectation::defectId).containsExactly("DBS-D01");
        for (DefectRegister.Expectation e : parse) {
            String text = KitFiles.text(KitFiles.schemas().resolve(e.fixture()));
            assertThatThrownBy(() -> KitFiles.MAPPER.readTree(text)).isInstanceOf(JacksonException.class);
        }
    }

    @Test
    void docFixturesAreVerbatimCopiesOfTheSeedSamples() {
        String hbrSeed = KitFiles.text(KitFiles.seeds().resolve("000_3047ce2f2f763c6a.txt"));
        String dbsSeed = KitFiles.text(KitFiles.seeds().resolve("002_8701cbfe4df35ac9.txt"));
        assertThat(hbrSeed).contains(KitFiles.text(KitFiles.schemas().resolve("hbr/examples/success.doc.json")).strip());
        assertThat(dbsSeed).contains(KitFiles.text(KitFiles.schemas().resolve("dbs/examples/success.doc.original.txt")).strip());
        assertThat(dbsSeed).contains(KitFiles.text(KitFiles.schemas().resolve("dbs/examples/success.doc.xml-fragment.txt")).strip());
    }

    @Test
    void repairsChangeNoValue() {
        // HBR: only UdmDetail differs, and it differs by exactly one level of escaping.
        JsonNode doc = KitFiles.json(KitFiles.schemas().resolve("hbr/examples/success.doc.json"));
        JsonNode repaired = KitFiles.json(KitFiles.schemas().resolve("hbr/examples/success.repaired.json"));
        String udm = "/RestoreJobs/RestoreJob/0/UdmDetail";
        assertThat(repaired.at(udm).asText()).isEqualTo(doc.at(udm).asText().replace("\\\"", "\""));
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.at("/RestoreJobs/RestoreJob/0")).remove("UdmDetail");
        ((com.fasterxml.jackson.databind.node.ObjectNode) repaired.at("/RestoreJobs/RestoreJob/0")).remove("UdmDetail");
        assertThat(repaired).isEqualTo(doc);

        // DBS: every member line of the original text is a line of the repaired fixture; only brackets were added.
        List<String> original = KitFiles.text(KitFiles.schemas().resolve("dbs/examples/success.doc.original.txt")).lines().toList();
        List<String> repairedLines = KitFiles.text(KitFiles.schemas().resolve("dbs/examples/success.doc.json")).lines().toList();
        assertThat(repairedLines).containsAll(original);
        List<String> added = new ArrayList<>(repairedLines);
        original.forEach(added::remove);
        assertThat(added).allSatisfy(line -> assertThat(line.strip()).isIn("{", "}", "},", "]"));
    }
}
