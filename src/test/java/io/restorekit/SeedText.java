package io.restorekit;

import io.restorekit.report.docpage.DocQuotes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One seed page as quotes are checked against it (quotes read by {@link DocQuotes}, the reader the annotated doc pages
 * use, so what this checks is what the pages trace). A quote is the text between two straight double quotes
 * ({@code \"} inside one stands for a double quote); it is split into fragments at the ellipsis "…", and
 * every fragment must occur verbatim in the page, compared after list bullets are dropped and every
 * whitespace run (non-breaking spaces included) is collapsed to one space. Case counts.
 */
public final class SeedText {

    private final String name;
    private final String page;

    public SeedText(String name, String text) {
        this.name = name;
        this.page = normalized(text);
    }

    /** The seed page of an API, the file its descriptor names ({@code "seed"} in schemas/&lt;id&gt;/descriptor.json). */
    public static SeedText forApi(String apiId) {
        String seed = TestApis.CATALOG.get(apiId).seed();
        if (seed == null || seed.isBlank()) {
            throw new IllegalStateException("schemas/" + apiId + "/descriptor.json names no seed page");
        }
        Path file = TestApis.ROOT.resolve("docs/seeds").resolve(seed);
        try {
            return new SeedText(seed, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The API's metadata copy ({@code schemas/<id>/metadata/*.api-docs.json}) as quotable text: every string in it, in
     * document order. {@code Metadata:} lines quote this instead of the seed page.
     */
    public static SeedText forMetadata(String apiId) {
        Path dir = TestApis.ROOT.resolve("schemas").resolve(apiId).resolve("metadata");
        StringBuilder text = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".api-docs.json")).sorted().toList()) {
                collectStrings(new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile()), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SeedText("schemas/" + apiId + "/metadata", text.toString());
    }

    private static void collectStrings(com.fasterxml.jackson.databind.JsonNode node, StringBuilder into) {
        if (node.isTextual()) {
            into.append(node.asText()).append('\n');
        }
        node.forEach(child -> collectStrings(child, into));
    }

    public String name() {
        return name;
    }

    /** Bullets dropped, whitespace runs collapsed to one space, trimmed. */
    public static String normalized(String text) {
        return DocQuotes.normalized(text);
    }

    /** Whether {@code fragment}, normalized, occurs in the page. */
    public boolean contains(String fragment) {
        return page.contains(normalized(fragment));
    }

    /**
     * The quoted strings of {@code line}, in order, with {@code \"} read as a double quote. An unclosed quote
     * is returned too, so the caller can report it (see {@link #problems}).
     */
    public static List<String> quotes(String line) {
        return scan(line).quotes();
    }

    private record Scan(List<String> quotes, boolean unclosed) {
    }

    private static Scan scan(String line) {
        DocQuotes read = DocQuotes.of(line);
        return new Scan(read.quotes().stream().map(DocQuotes.Quote::text).toList(), read.unclosed());
    }

    /** The fragments of one quote: split at "…", normalized, empty ones dropped. */
    public static List<String> fragments(String quote) {
        return new DocQuotes.Quote(quote, false, false).fragments();
    }

    /**
     * What in {@code line} is not seed text: each quote fragment the page does not hold, an empty quote,
     * an unclosed quote. Empty when every quote of the line is seed text (a line without quotes included).
     */
    public List<String> problems(String line) {
        Scan scan = scan(line);
        List<String> problems = new ArrayList<>();
        if (scan.unclosed()) {
            problems.add("unclosed quote: \"" + scan.quotes().get(scan.quotes().size() - 1));
        }
        for (String quote : scan.quotes()) {
            List<String> fragments = fragments(quote);
            if (fragments.isEmpty()) {
                problems.add("empty quote: \"" + quote + "\"");
            }
            for (String fragment : fragments) {
                if (!contains(fragment)) {
                    problems.add("not in " + name + ": \"" + fragment + "\"");
                }
            }
        }
        return problems;
    }

    /**
     * Every quote in {@code feature} that is not seed text of its API's page, as {@code file:line: problem}:
     * the feature's own description lines, and each scenario's description lines (its {@code Doc:} line
     * first) with an outline's {@code <placeholders>} filled from each Examples row in turn (the line
     * reported is then the row's). The API is the scenario's (or feature's) tag naming one of {@code apiIds}.
     */
    public static List<String> offenders(FeatureScenarios.Feature feature, List<String> apiIds,
                                         Function<String, SeedText> seedOf) {
        return offenders(feature, apiIds, seedOf, SeedText::forMetadata);
    }

    /** As above; a {@code Metadata:} line is checked against {@code metadataOf} the API instead of its seed page. */
    public static List<String> offenders(FeatureScenarios.Feature feature, List<String> apiIds,
                                         Function<String, SeedText> seedOf, Function<String, SeedText> metadataOf) {
        List<String> offenders = new ArrayList<>();
        String file = FeatureScenarios.relative(feature.file());
        SeedText featureSeed = seedFor(feature.tags(), apiIds, seedOf);
        for (FeatureScenarios.Line line : feature.description()) {
            report(offenders, file + ":" + line.line(), featureSeed, line.text());
        }
        for (FeatureScenarios.Scenario scenario : feature.scenarios()) {
            SeedText page = seedFor(scenario.tags(), apiIds, seedOf);
            SeedText metadata = seedFor(scenario.tags(), apiIds, metadataOf);
            for (FeatureScenarios.Line line : scenario.description()) {
                SeedText seed = line.text().startsWith(METADATA_LINE) ? metadata : page;
                if (scenario.examples().isEmpty()) {
                    report(offenders, file + ":" + line.line(), seed, line.text());
                    continue;
                }
                for (FeatureScenarios.Examples block : scenario.examples()) {
                    for (FeatureScenarios.Row row : block.rows()) {
                        report(offenders, file + ":" + row.line() + " (line " + line.line() + " filled from this row)",
                                seed, row.fill(line.text()));
                    }
                }
            }
        }
        return offenders;
    }

    /** A description line quoting the API metadata rather than the seed page. */
    public static final String METADATA_LINE = "Metadata:";

    private static void report(List<String> offenders, String where, SeedText seed, String text) {
        if (seed == null) {
            if (!quotes(text).isEmpty()) {
                offenders.add(where + ": quotes, but names no API whose seed page it could quote");
            }
            return;
        }
        seed.problems(text).forEach(p -> offenders.add(where + ": " + p));
    }

    private static SeedText seedFor(java.util.Collection<String> tags, List<String> apiIds, Function<String, SeedText> seedOf) {
        List<String> named = apiIds.stream().filter(id -> tags.contains("@" + id.toLowerCase(Locale.ROOT))).toList();
        return named.size() == 1 ? seedOf.apply(named.get(0)) : null;
    }
}
