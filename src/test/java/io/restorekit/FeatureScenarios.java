package io.restorekit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The scenarios of the kit's feature files as the traceability and doc-quote tests need them: tags (the
 * feature's, the scenario's and each Examples block's), the description lines under the Scenario line
 * (its {@code Doc:} and {@code Level:} lines) and the Examples rows an outline's placeholders are filled from.
 */
public final class FeatureScenarios {

    /** One row of an Examples table: its 1-based line and its cells by column name. */
    public record Row(int line, Map<String, String> cells) {
        /** {@code text} with every {@code <name>} replaced by this row's cell of that column. */
        public String fill(String text) {
            String filled = text;
            for (Map.Entry<String, String> cell : cells.entrySet()) {
                filled = filled.replace("<" + cell.getKey() + ">", cell.getValue());
            }
            return filled;
        }
    }

    /** One free-text line (a description line): its 1-based line and its trimmed text. */
    public record Line(int line, String text) {
    }

    /** One Examples block: its 1-based line, its own tags and its rows. */
    public record Examples(int line, List<String> tags, List<Row> rows) {
    }

    /**
     * What Cucumber runs as one group of pickles: a plain scenario, or one Examples block of an outline. Its tags
     * are the feature's, the scenario's and the block's, in that order, a tag given twice listed twice.
     */
    public record Unit(Scenario scenario, Examples examples, List<String> tags) {
        /** {@code file:line} of the scenario, or of the Examples block. */
        public String where() {
            return scenario.where(examples == null ? scenario.line() : examples.line());
        }
    }

    /**
     * One Scenario or Scenario Outline: the feature's and its own tags (in that order, a tag given twice listed
     * twice), the description lines under the
     * Scenario line up to its first step (trimmed, each with its line), and its Examples blocks.
     */
    public record Scenario(Path file, int line, String title, List<String> tags, List<Line> description,
                           List<Examples> examples) {

        /** The first description line, if it is a {@code Doc:} line (right under the Scenario line); else empty. */
        public String doc() {
            return description.isEmpty() || description.get(0).line() != line + 1
                    || !description.get(0).text().startsWith("Doc:") ? "" : description.get(0).text();
        }

        /** A plain scenario is one unit; an outline is one unit per Examples block (its tags added). */
        public List<Unit> units() {
            if (examples.isEmpty()) {
                return List.of(new Unit(this, null, tags));
            }
            List<Unit> units = new ArrayList<>();
            for (Examples block : examples) {
                List<String> all = new ArrayList<>(tags);
                all.addAll(block.tags());
                units.add(new Unit(this, block, List.copyOf(all)));
            }
            return units;
        }

        public String where(int atLine) {
            return relative(file) + ":" + atLine;
        }
    }

    /** A feature file's own description: the lines between its Feature line and its first Background, tag or Scenario. */
    public record Feature(Path file, List<String> tags, List<Line> description, List<Scenario> scenarios) {
    }

    private FeatureScenarios() {
    }

    /** Every feature under {@code features/} of the kit, sorted by path. */
    public static List<Feature> features() {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TestApis.ROOT.resolve("features"))) {
            files = walk.filter(p -> p.toString().endsWith(".feature")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Feature> features = new ArrayList<>();
        for (Path file : files) {
            try {
                features.add(parse(file, Files.readAllLines(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return features;
    }

    /** Every scenario of every feature of the kit. */
    public static List<Scenario> scenarios() {
        return features().stream().flatMap(f -> f.scenarios().stream()).toList();
    }

    /** Parses one feature's lines ({@code file} only names it). */
    public static Feature parse(Path file, List<String> lines) {
        List<String> featureTags = new ArrayList<>();
        List<Line> featureDescription = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        boolean inFeatureDescription = false;
        // the scenario being read, and where in it we are
        String title = null;
        int scenarioLine = 0;
        List<String> scenarioTags = null;
        List<Line> description = null;
        List<Examples> examples = null;
        boolean inDescription = false;
        List<String> header = null;
        List<Row> rows = null;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).trim();
            int line = i + 1;
            if (header != null && !text.startsWith("|")) {
                header = null; // an Examples table ends at its first non-row line
            }
            if (text.startsWith("#") || text.isEmpty()) {
                continue;
            }
            if (text.startsWith("@")) {
                pending.addAll(List.of(text.split("\\s+")));
                inFeatureDescription = false;
                inDescription = false;
            } else if (text.startsWith("Feature:")) {
                featureTags.addAll(pending);
                pending.clear();
                inFeatureDescription = true;
            } else if (text.startsWith("Background:") || text.startsWith("Rule:")) {
                pending.clear();
                inFeatureDescription = false;
                inDescription = false;
            } else if (text.startsWith("Scenario")) {
                if (title != null) {
                    scenarios.add(new Scenario(file, scenarioLine, title, scenarioTags, description, examples));
                }
                title = text.substring(text.indexOf(':') + 1).trim();
                scenarioLine = line;
                scenarioTags = new ArrayList<>(featureTags);
                scenarioTags.addAll(pending);
                scenarioTags = List.copyOf(scenarioTags);
                pending.clear();
                description = new ArrayList<>();
                examples = new ArrayList<>();
                inFeatureDescription = false;
                inDescription = true;
            } else if (text.startsWith("Examples:") || text.startsWith("Scenarios:")) {
                if (examples == null) {
                    throw new IllegalStateException(file + ":" + line + ": Examples outside a scenario");
                }
                rows = new ArrayList<>();
                examples.add(new Examples(line, List.copyOf(pending), rows));
                pending.clear();
                header = List.of();
                inDescription = false;
            } else if (text.startsWith("|")) {
                if (header != null && header.isEmpty()) {
                    header = cells(text);
                } else if (header != null) {
                    List<String> values = cells(text);
                    Map<String, String> byName = new LinkedHashMap<>();
                    for (int c = 0; c < Math.min(header.size(), values.size()); c++) {
                        byName.put(header.get(c), values.get(c));
                    }
                    rows.add(new Row(line, byName));
                }
                inDescription = false;
            } else if (inFeatureDescription) {
                featureDescription.add(new Line(line, text));
            } else if (inDescription && isStep(text)) {
                inDescription = false;
            } else if (inDescription) {
                description.add(new Line(line, text));
            }
        }
        if (title != null) {
            scenarios.add(new Scenario(file, scenarioLine, title, scenarioTags, description, examples));
        }
        return new Feature(file, List.copyOf(featureTags), List.copyOf(featureDescription), List.copyOf(scenarios));
    }

    private static boolean isStep(String text) {
        return Stream.of("Given ", "When ", "Then ", "And ", "But ", "* ").anyMatch(text::startsWith);
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        String[] parts = row.trim().split("\\|", -1);
        for (int i = 1; i < parts.length - 1; i++) {
            cells.add(parts[i].trim());
        }
        return cells;
    }

    /** The path of a feature file relative to the kit root (as given when it is outside it). */
    public static String relative(Path file) {
        Path absolute = file.toAbsolutePath();
        return absolute.startsWith(TestApis.ROOT) ? TestApis.ROOT.relativize(absolute).toString() : file.toString();
    }
}
