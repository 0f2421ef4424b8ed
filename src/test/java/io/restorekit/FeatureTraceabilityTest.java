package io.restorekit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restorekit.FeatureScenarios.Scenario;
import io.restorekit.FeatureScenarios.Unit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every scenario traces to the docs: its API, @read-only, one clause tag, a Doc quote, one basis (documented,
 * inferred or convention) and, where its level differs from its basis's, a {@code @level:} tag with a reason;
 * defect tags match the register.
 */
class FeatureTraceabilityTest {
    static final Set<String> BASES = Set.of("documented", "inferred", "convention");
    static final Pattern LEVEL_LINE = Pattern.compile("Level: (MUST|SHOULD) — (.{10,})");

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
                apis.retainAll(TestApis.tags());
                assertThat(apis).as("API tag of %s", where).hasSize(1);
                String label = apis.iterator().next().substring(1).toUpperCase(Locale.ROOT);
                assertThat(unit.tags()).as("tags of %s", where).contains("@read-only");
                assertThat(unit.tags().stream().filter(t -> t.startsWith("@" + label + "."))).as("clause tag of %s", where)
                        .hasSize(1);
            }
            assertThat(s.doc()).as("Doc line of %s", s.where(s.line())).startsWith("Doc:").hasSizeGreaterThan(10);
        }
    }

    @Test
    void everyScenarioOrExamplesBlockHasOneBasisAndALevelOnlyWithAReason() {
        List<String> problems = new ArrayList<>();
        for (Scenario s : scenarios()) {
            problems.addAll(basisProblems(s));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void docsCheckBasisListsEveryClauseTagWithEachBasisItHas() throws IOException {
        Set<String> inFeatures = new TreeSet<>();
        for (Scenario s : scenarios()) {
            for (Unit unit : s.units()) {
                String clause = unit.tags().stream().filter(t -> t.matches("@" + TestApis.labels() + "\\..+")).findFirst().orElse("?");
                unit.tags().stream().filter(t -> t.startsWith("@basis:"))
                        .forEach(b -> inFeatures.add(clause + " " + b.substring("@basis:".length())));
            }
        }
        Set<String> inTable = new TreeSet<>();
        for (String row : Files.readAllLines(TestApis.ROOT.resolve("docs/check-basis.md"))) {
            if (row.matches("\\| `@" + TestApis.labels() + "\\..*")) {
                String[] cells = row.split("\\|", -1);
                inTable.add(cells[1].trim().replace("`", "") + " " + cells[3].trim());
            }
        }
        assertThat(inTable).as("(clause tag, basis) rows of docs/check-basis.md").isEqualTo(inFeatures);
    }

    /** The level a basis gives by default: documented → MUST, inferred and convention → SHOULD. */
    static String defaultLevel(String basis) {
        return basis.equals("documented") ? "MUST" : "SHOULD";
    }

    /**
     * What is wrong with a scenario's basis and level: each unit (the scenario, or each Examples block) must
     * carry exactly one {@code @basis:} tag of the three values, at most one {@code @level:MUST} or
     * {@code @level:SHOULD} that differs from its basis's default, and a {@code @level:} tag needs the line
     * right after the Doc line to be {@code Level: <same level> — <reason>}; a Level line needs such a tag.
     */
    static List<String> basisProblems(Scenario s) {
        List<String> problems = new ArrayList<>();
        String levelLine = s.description().size() > 1 ? s.description().get(1).text() : "";
        Matcher level = LEVEL_LINE.matcher(levelLine);
        boolean hasLevelLine = level.matches() && s.description().get(1).line() == s.description().get(0).line() + 1;
        Set<String> levelsTagged = new HashSet<>();
        for (Unit unit : s.units()) {
            String where = unit.where();
            List<String> bases = unit.tags().stream().filter(t -> t.startsWith("@basis:")).toList();
            if (bases.size() != 1) {
                problems.add(where + ": " + bases.size() + " @basis: tags " + bases + ", want exactly one");
                continue;
            }
            String basis = bases.get(0).substring("@basis:".length());
            if (!BASES.contains(basis)) {
                problems.add(where + ": @basis:" + basis + " is not one of " + BASES);
                continue;
            }
            List<String> levels = unit.tags().stream().filter(t -> t.startsWith("@level:")).toList();
            if (levels.size() > 1) {
                problems.add(where + ": more than one @level: tag " + levels);
            } else if (levels.size() == 1) {
                String value = levels.get(0).substring("@level:".length());
                if (!Set.of("MUST", "SHOULD").contains(value)) {
                    problems.add(where + ": @level:" + value + " is neither MUST nor SHOULD");
                } else if (value.equals(defaultLevel(basis))) {
                    problems.add(where + ": @level:" + value + " is already the level of @basis:" + basis);
                } else if (!hasLevelLine || !level.group(1).equals(value)) {
                    problems.add(where + ": @level:" + value + " without a line \"Level: " + value
                            + " — <reason>\" right after the Doc line");
                }
                levelsTagged.add(value);
            }
        }
        if (levelLine.startsWith("Level:") && !hasLevelLine) {
            problems.add(s.where(s.description().get(1).line()) + ": a Level line reads \"Level: MUST|SHOULD — <reason>\"");
        } else if (hasLevelLine && !levelsTagged.contains(level.group(1))) {
            problems.add(s.where(s.description().get(1).line()) + ": Level: " + level.group(1)
                    + " line, but no @level:" + level.group(1) + " tag on the scenario or an Examples block");
        }
        return problems;
    }

    @Test
    void theBasisCheckCatchesMissingDoubleUnknownAndUnexplainedTags() {
        assertThat(basisProblems(parseOne("@basis:documented", "", "")).isEmpty()).isTrue();
        assertThat(basisProblems(parseOne("", "", ""))).singleElement().asString().contains("0 @basis: tags");
        assertThat(basisProblems(parseOne("@basis:documented @basis:inferred", "", ""))).singleElement().asString()
                .contains("2 @basis: tags");
        assertThat(basisProblems(parseOne("@basis:guessed", "", ""))).singleElement().asString().contains("not one of");
        assertThat(basisProblems(parseOne("@basis:inferred @level:MUST", "", ""))).singleElement().asString()
                .contains("without a line");
        assertThat(basisProblems(parseOne("@basis:inferred @level:MUST", "Level: MUST — the page bounds it in words", "")))
                .isEmpty();
        assertThat(basisProblems(parseOne("@basis:inferred @level:SHOULD", "Level: SHOULD — redundant, no doubt", "")))
                .singleElement().asString().contains("already the level");
        assertThat(basisProblems(parseOne("@basis:inferred @level:MAY", "", ""))).singleElement().asString()
                .contains("neither MUST nor SHOULD");
        assertThat(basisProblems(parseOne("@basis:documented", "Level: SHOULD — a reason but no tag", ""))).singleElement()
                .asString().contains("no @level:SHOULD tag");
        assertThat(basisProblems(parseOne("@basis:documented @level:SHOULD", "Level: SHOULD", ""))).hasSize(2);
        // an outline: the Examples blocks' tags count, each block on its own
        assertThat(basisProblems(parseOne("", "", "@basis:documented"))).isEmpty();
        assertThat(basisProblems(parseOne("@basis:documented", "", "@basis:inferred"))).singleElement().asString()
                .contains("made-up.feature:9: 2 @basis: tags");
        assertThat(basisProblems(parseOne("@basis:documented", "", "@basis:documented"))).singleElement().asString()
                .contains("made-up.feature:9: 2 @basis: tags");
    }

    /** A made-up outline (Examples block at line 9) with these scenario tags, Level line (or none) and Examples tags. */
    private static Scenario parseOne(String tags, String levelLine, String exampleTags) {
        List<String> lines = List.of("@hbr @read-only", "Feature: made up", "  @HBR.X " + tags, "  Scenario Outline: x <a>",
                "    Doc: \"PageNumber\"", "    " + levelLine, "    When I list restore jobs", "    " + exampleTags,
                "    Examples:", "      | a |", "      | 1 |");
        return FeatureScenarios.parse(Path.of("made-up.feature"), lines).scenarios().get(0);
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
        List<Scenario> parsed = FeatureScenarios.parse(Path.of("made-up.feature"), lines).scenarios();
        assertThat(parsed).hasSize(2);
        Scenario outline = parsed.get(0);
        assertThat(outline.doc()).isEqualTo("Doc: \"<a>\"");
        assertThat(outline.description()).extracting(FeatureScenarios.Line::text)
                .containsExactly("Doc: \"<a>\"", "Level: SHOULD — a reason");
        assertThat(outline.units()).extracting(Unit::tags).containsExactly(
                List.of("@hbr", "@read-only", "@HBR.X", "@basis:documented"),
                List.of("@hbr", "@read-only", "@HBR.X", "@basis:inferred"));
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
