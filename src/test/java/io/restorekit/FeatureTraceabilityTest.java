package io.restorekit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restorekit.FeatureScenarios.Scenario;
import io.restorekit.FeatureScenarios.Unit;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every scenario traces to the docs: its API, @read-only, one clause tag, a Doc quote; defect tags match the register. */
class FeatureTraceabilityTest {

    static List<Scenario> scenarios() {
        return FeatureScenarios.scenarios();
    }

    @Test
    void everyScenarioNamesItsApiItsClauseAndTheSentenceItChecks() {
        List<Scenario> scenarios = scenarios();
        assertThat(scenarios).hasSizeGreaterThan(60);
        for (Scenario s : scenarios) {
            for (Unit unit : s.units()) {
                String where = unit.where();
                Set<String> apis = new HashSet<>(unit.tags());
                apis.retainAll(Set.of("@hbr", "@dbs"));
                assertThat(apis).as("API tag of %s", where).hasSize(1);
                String label = apis.iterator().next().substring(1).toUpperCase(java.util.Locale.ROOT);
                assertThat(unit.tags()).as("tags of %s", where).contains("@read-only");
                assertThat(unit.tags().stream().filter(t -> t.startsWith("@" + label + "."))).as("clause tag of %s", where)
                        .hasSize(1);
            }
            assertThat(s.doc()).as("Doc line of %s", s.where(s.line())).startsWith("Doc:").hasSizeGreaterThan(10);
        }
    }

    @Test
    void examplesBlocksAreReadAsPartOfTheirOutline() {
        List<String> lines = List.of(
                "@hbr @read-only",
                "Feature: made up",
                "  @HBR.X",
                "  Scenario Outline: <a>",
                "    Doc: \"<a>\"",
                "    Level: SHOULD — a reason",
                "    When I list restore jobs with PageSize \"<a>\"",
                "      | not | an examples row |",
                "",
                "    @basis:documented",
                "    Examples:",
                "      | a |",
                "      | 1 |",
                "",
                "    @basis:inferred",
                "    Examples:",
                "      | a |",
                "      | 2 |",
                "",
                "  @HBR.Y",
                "  Scenario: next",
                "    Doc: \"y\"",
                "    When I list restore jobs");
        List<Scenario> parsed = FeatureScenarios.parse(java.nio.file.Path.of("made-up.feature"), lines).scenarios();
        assertThat(parsed).hasSize(2);
        Scenario outline = parsed.get(0);
        assertThat(outline.doc()).isEqualTo("Doc: \"<a>\"");
        assertThat(outline.description()).extracting(FeatureScenarios.Line::text)
                .containsExactly("Doc: \"<a>\"", "Level: SHOULD — a reason");
        assertThat(outline.units()).extracting(Unit::tags).containsExactly(
                Set.of("@hbr", "@read-only", "@HBR.X", "@basis:documented"),
                Set.of("@hbr", "@read-only", "@HBR.X", "@basis:inferred"));
        assertThat(outline.examples().get(1).rows()).singleElement()
                .satisfies(r -> assertThat(r.line()).isEqualTo(18))
                .satisfies(r -> assertThat(r.fill("<a>!")).isEqualTo("2!"));
        assertThat(parsed.get(1).tags()).containsExactlyInAnyOrder("@hbr", "@read-only", "@HBR.Y");
    }

    @Test
    void defectTagsNameRecordedDefectsAndEveryDefectBearingOnBehaviourIsTagged() throws IOException {
        JsonNode register = new ObjectMapper().readTree(TestApis.ROOT.resolve("schemas/defects.json").toFile());
        Set<String> known = new HashSet<>();
        Set<String> bearing = new HashSet<>();
        register.forEach(d -> {
            known.add(d.get("id").asText());
            if (d.path("bearsOnBehaviour").asBoolean()) {
                bearing.add(d.get("id").asText());
            }
        });
        Set<String> tagged = new HashSet<>();
        for (Scenario s : scenarios()) {
            for (Unit unit : s.units()) {
                unit.tags().stream().filter(t -> t.startsWith("@defect:")).map(t -> t.substring("@defect:".length()))
                        .forEach(tagged::add);
            }
        }
        assertThat(known).containsAll(tagged);
        assertThat(tagged).containsAll(bearing);
        assertThat(Files.readString(TestApis.ROOT.resolve("docs/doc-defects.md"))).contains(tagged);
    }
}
