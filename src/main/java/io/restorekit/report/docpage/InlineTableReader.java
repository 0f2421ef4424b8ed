package io.restorekit.report.docpage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table whose text gives each row's cells on one line (the DBS page): a header line {@code Parameter Type Required
 * Example Description}, then per row {@code Name Type [Required] Example} and its description lines below.
 */
final class InlineTableReader {
    private static final String TYPES = "String|Integer|Long|Boolean|Object|Array of \\w+";
    private static final Pattern WITH_REQUIRED = Pattern.compile("(\\w+) (" + TYPES + ") (Yes|No|Optional)(?: (.*))?");
    private static final Pattern WITHOUT_REQUIRED = Pattern.compile("(\\w+) (" + TYPES + ")(?: (.*))?");

    private InlineTableReader() {
    }

    static boolean startsHere(List<String> lines) {
        return !lines.isEmpty() && lines.get(0).strip().startsWith("Parameter ");
    }

    static SeedPage.Table read(PageText text, List<String> body, FieldNesting nesting) {
        List<String> lines = body.stream().filter(l -> !l.isBlank()).toList();
        String header = lines.get(0).strip();
        text.append(header);
        List<String> columns = Arrays.asList(header.split(" "));
        Pattern row = columns.contains("Required") ? WITH_REQUIRED : WITHOUT_REQUIRED;
        boolean hasRequired = columns.contains("Required");
        List<SeedPage.Row> rows = new ArrayList<>();
        int i = 1;
        while (i < lines.size()) {
            Matcher m = row.matcher(lines.get(i).strip());
            if (!m.matches()) {
                // Text before the first row would be lost from the page: keep it as the table's own words.
                text.append(lines.get(i++));
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !row.matcher(lines.get(end).strip()).matches()) {
                end++;
            }
            String name = m.group(1);
            String example = (hasRequired ? m.group(4) : m.group(3));
            SeedPage.Unit unit = text.unit(SeedPage.Kind.ROW, lines.get(i).strip(), true);
            List<SeedPage.Prose> prose = DescriptionReader.read(text, lines.subList(i + 1, end), true);
            FieldNesting.Place place = nesting.place(name);
            rows.add(new SeedPage.Row(unit, name, place.path(), place.depth(), m.group(2), hasRequired ? m.group(3) : "",
                    example == null ? "" : example.strip(), prose));
            i = end;
        }
        return new SeedPage.Table(List.copyOf(columns), List.copyOf(rows));
    }
}
