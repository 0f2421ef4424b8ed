package io.restorekit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every scenario traces to the docs: its API, @read-only, one clause tag, a Doc quote; defect tags match the register. */
class FeatureTraceabilityTest {

    record Scenario(Path file, int line, Set<String> tags, String doc) {
    }

    static List<Scenario> scenarios() throws IOException {
        List<Scenario> scenarios = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TestApis.ROOT.resolve("features"))) {
            files = walk.filter(p -> p.toString().endsWith(".feature")).sorted().toList();
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            Set<String> featureTags = new HashSet<>();
            Set<String> pending = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i).trim();
                if (text.startsWith("@")) {
                    pending.addAll(List.of(text.split("\\s+")));
                } else if (text.startsWith("Feature:")) {
                    featureTags.addAll(pending);
                    pending.clear();
                } else if (text.startsWith("Scenario")) {
                    Set<String> tags = new HashSet<>(featureTags);
                    tags.addAll(pending);
                    pending.clear();
                    String next = i + 1 < lines.size() ? lines.get(i + 1).trim() : "";
                    scenarios.add(new Scenario(file, i + 1, tags, next.startsWith("Doc:") ? next : ""));
                }
            }
        }
        return scenarios;
    }

    @Test
    void everyScenarioNamesItsApiItsClauseAndTheSentenceItChecks() throws IOException {
        List<Scenario> scenarios = scenarios();
        assertThat(scenarios).hasSizeGreaterThan(60);
        for (Scenario s : scenarios) {
            String where = TestApis.ROOT.relativize(s.file()) + ":" + s.line();
            Set<String> apis = new HashSet<>(s.tags());
            apis.retainAll(Set.of("@hbr", "@dbs"));
            assertThat(apis).as("API tag of %s", where).hasSize(1);
            String label = apis.iterator().next().substring(1).toUpperCase(java.util.Locale.ROOT);
            assertThat(s.tags()).as("tags of %s", where).contains("@read-only");
            assertThat(s.tags().stream().filter(t -> t.startsWith("@" + label + "."))).as("clause tag of %s", where).hasSize(1);
            assertThat(s.doc()).as("Doc line of %s", where).startsWith("Doc:").hasSizeGreaterThan(10);
        }
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
            s.tags().stream().filter(t -> t.startsWith("@defect:")).map(t -> t.substring("@defect:".length()))
                    .forEach(tagged::add);
        }
        assertThat(known).containsAll(tagged);
        assertThat(tagged).containsAll(bearing);
        assertThat(Files.readString(TestApis.ROOT.resolve("docs/doc-defects.md"))).contains(tagged);
    }
}
