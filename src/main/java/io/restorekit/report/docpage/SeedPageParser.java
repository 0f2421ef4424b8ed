package io.restorekit.report.docpage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a seed page's text (docs/seeds/) into its sections: prose, the request and response tables (in either of the
 * two layouts the seeds use), and sample lines. Nothing is dropped: every line of the page is in exactly one unit or
 * is a heading or column name, so the units' normalized text is the page's.
 */
public final class SeedPageParser {
    private static final Map<String, SeedPage.SectionKind> HEADINGS = new LinkedHashMap<>();
    private static final Set<String> SAMPLE_LABELS = Set.of("JSON format", "XML format", "Success response");

    static {
        HEADINGS.put("Try it now", SeedPage.SectionKind.PROSE);
        HEADINGS.put("RAM authorization", SeedPage.SectionKind.PROSE);
        HEADINGS.put("Request parameters", SeedPage.SectionKind.REQUEST);
        HEADINGS.put("Response elements", SeedPage.SectionKind.RESPONSE);
        HEADINGS.put("Response parameters", SeedPage.SectionKind.RESPONSE);
        HEADINGS.put("Examples", SeedPage.SectionKind.SAMPLE);
        HEADINGS.put("Sample requests", SeedPage.SectionKind.SAMPLE);
        HEADINGS.put("Sample success responses", SeedPage.SectionKind.SAMPLE);
        HEADINGS.put("Error codes", SeedPage.SectionKind.PROSE);
        HEADINGS.put("Release notes", SeedPage.SectionKind.PROSE);
    }

    private SeedPageParser() {
    }

    /** {@code requestSchema}, {@code responseSchema}: the API's dereferenced schemas, for the tables' nesting. */
    public static SeedPage parse(String api, String seedFile, String pageText, JsonNode requestSchema, JsonNode responseSchema) {
        PageText text = new PageText(api);
        List<String> lines = List.of(pageText.replace("\r", "").split("\n", -1));
        List<SeedPage.Section> sections = new ArrayList<>();
        String heading = null;
        List<String> body = new ArrayList<>();
        for (String line : lines) {
            if (HEADINGS.containsKey(line.strip())) {
                sections.add(section(text, sections.size(), heading, body, requestSchema, responseSchema));
                heading = line.strip();
                body = new ArrayList<>();
            } else {
                body.add(line);
            }
        }
        sections.add(section(text, sections.size(), heading, body, requestSchema, responseSchema));
        return new SeedPage(api, seedFile, text.text(), List.copyOf(sections));
    }

    private static SeedPage.Section section(PageText text, int index, String heading, List<String> body,
                                            JsonNode requestSchema, JsonNode responseSchema) {
        SeedPage.SectionKind kind = heading == null ? SeedPage.SectionKind.PROSE : HEADINGS.get(heading);
        SeedPage.Unit headingUnit = heading == null ? null : text.unit(SeedPage.Kind.HEADING, heading, false);
        List<String> nonBlank = body.stream().filter(l -> !l.isBlank()).toList();
        List<SeedPage.Block> blocks = new ArrayList<>();
        switch (kind) {
            case REQUEST, RESPONSE -> {
                FieldNesting nesting = new FieldNesting(kind == SeedPage.SectionKind.REQUEST ? requestSchema : responseSchema);
                if (StackedTableReader.startsHere(nonBlank)) {
                    blocks.add(StackedTableReader.read(text, nonBlank, nesting));
                } else if (InlineTableReader.startsHere(nonBlank)) {
                    blocks.add(InlineTableReader.read(text, nonBlank, nesting));
                } else {
                    blocks.addAll(DescriptionReader.read(text, nonBlank, false));
                }
            }
            case SAMPLE -> blocks.addAll(samples(text, nonBlank));
            case PROSE -> blocks.addAll(DescriptionReader.read(text, nonBlank, false));
        }
        return new SeedPage.Section("s" + index, heading, headingUnit, kind, List.copyOf(blocks));
    }

    private static List<SeedPage.Sample> samples(PageText text, List<String> lines) {
        List<SeedPage.Sample> samples = new ArrayList<>();
        String label = null;
        List<SeedPage.Unit> current = new ArrayList<>();
        for (String line : lines) {
            if (SAMPLE_LABELS.contains(line.strip())) {
                if (!current.isEmpty() || label != null) {
                    samples.add(new SeedPage.Sample(label, List.copyOf(current)));
                }
                text.append(line);
                label = line.strip();
                current = new ArrayList<>();
            } else {
                current.add(text.unit(SeedPage.Kind.SAMPLE_LINE, line.stripTrailing().replace("\t", "    "), false));
            }
        }
        if (!current.isEmpty() || label != null) {
            samples.add(new SeedPage.Sample(label, List.copyOf(current)));
        }
        return samples;
    }
}
