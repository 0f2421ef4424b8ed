package io.restorekit.report.docpage;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableRow;
import io.restorekit.report.FeatureDocs;
import io.restorekit.report.ReportPlugin;
import io.restorekit.report.ScenarioOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every scenario of the kit's features, each with this run's outcome or "not run" (a tag expression left it out), so
 * a sentence some check covers is never shown as unchecked because this run did not select that check. The features
 * are parsed by Cucumber's own Gherkin parser, so locations are the ones the run reports.
 */
final class KitChecks {
    private static final String CONTRACT_TAG = "contract:";
    private KitChecks() {
    }

    /** {@code contract}: the run's edition; the scenarios of the other ({@code @contract:metadata} …) are not its checks. */
    static List<Check> of(Path featuresDir, Set<String> apiIds, List<ScenarioOutcome> outcomes, String contract) {
        Map<String, Check> byLocation = new LinkedHashMap<>();
        FeatureDocs docs = new FeatureDocs();
        for (Path feature : features(featuresDir)) {
            for (ScenarioOutcome s : scenarios(feature, apiIds, docs)) {
                boolean otherEdition = s.tags().stream().anyMatch(t -> t.startsWith(CONTRACT_TAG) && !t.equals(CONTRACT_TAG + contract));
                if (!otherEdition) {
                    byLocation.put(s.location(), new Check(s, Outcome.NOT_RUN));
                }
            }
        }
        // A scenario of the run the folder does not hold (another copy of the features) still counts: the run made it.
        outcomes.forEach(o -> byLocation.put(o.location(), new Check(o, Outcome.of(o.verdict()))));
        return List.copyOf(byLocation.values());
    }

    private static List<Path> features(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".feature")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ScenarioOutcome> scenarios(Path feature, Set<String> apiIds, FeatureDocs docs) {
        Map<String, Long> lines = new HashMap<>();
        List<Pickle> pickles = new ArrayList<>();
        try (Stream<Envelope> envelopes = GherkinParser.builder().includeSource(false).build().parse(feature)) {
            envelopes.forEach(e -> {
                e.getGherkinDocument().flatMap(d -> d.getFeature()).ifPresent(f -> f.getChildren().forEach(c -> index(c, lines)));
                e.getPickle().ifPresent(pickles::add);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ScenarioOutcome> out = new ArrayList<>();
        for (Pickle p : pickles) {
            List<String> ids = p.getAstNodeIds();
            int line = lines.getOrDefault(ids.get(ids.size() - 1), 0L).intValue();
            List<String> tags = p.getTags().stream().map(PickleTag::getName).map(t -> t.substring(1)).toList();
            String location = ReportPlugin.relative(feature.toAbsolutePath().toString()) + ":" + line;
            out.add(ScenarioOutcome.of(apiIds, tags, p.getName(), location, ScenarioOutcome.Verdict.SKIPPED, "",
                    docs.docAt(feature, line)));
        }
        return out;
    }

    private static void index(FeatureChild child, Map<String, Long> lines) {
        child.getScenario().ifPresent(s -> index(s, lines));
        child.getRule().ifPresent(r -> r.getChildren().stream().map(RuleChild::getScenario)
                .forEach(s -> s.ifPresent(sc -> index(sc, lines))));
    }

    private static void index(Scenario s, Map<String, Long> lines) {
        lines.put(s.getId(), s.getLocation().getLine());
        for (Examples ex : s.getExamples()) {
            for (TableRow row : ex.getTableBody()) {
                lines.put(row.getId(), row.getLocation().getLine());
            }
        }
    }
}
