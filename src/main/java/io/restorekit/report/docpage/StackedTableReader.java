package io.restorekit.report.docpage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A table whose text gives every cell its own line (the HBR page): column names, then per row its name (absent for
 * an array's element), type, Required (if the table has that column), description lines and example.
 */
final class StackedTableReader {
    static final Set<String> COLUMNS = Set.of("Parameter", "Element", "Type", "Required", "Description", "Example");
    private static final Pattern TYPE = Pattern.compile("integer|long|string|boolean|number|object|array(<\\w+>)?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private StackedTableReader() {
    }

    static boolean startsHere(List<String> lines) {
        return !lines.isEmpty() && COLUMNS.contains(lines.get(0).strip());
    }

    static SeedPage.Table read(PageText text, List<String> body, FieldNesting nesting) {
        List<String> lines = body.stream().filter(l -> !l.isBlank()).map(String::stripTrailing).toList();
        List<String> columns = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && COLUMNS.contains(lines.get(i).strip()) && !columns.contains(lines.get(i).strip())) {
            columns.add(lines.get(i).strip());
            text.append(lines.get(i));
            i++;
        }
        boolean hasRequired = columns.contains("Required");
        List<SeedPage.Row> rows = new ArrayList<>();
        while (i < lines.size()) {
            boolean unnamed = isType(lines, i);
            String name = unnamed ? "" : lines.get(i).strip();
            List<String> head = new ArrayList<>();
            if (!unnamed) {
                head.add(name);
            }
            String type = lines.get(unnamed ? i : i + 1).strip();
            head.add(type);
            int j = i + (unnamed ? 1 : 2);
            String required = "";
            if (hasRequired && j < lines.size()) {
                required = lines.get(j++).strip();
                head.add(required);
            }
            int end = j;
            while (end < lines.size() && !rowStartsAt(lines, end)) {
                end++;
            }
            List<String> content = lines.subList(j, end);
            // The Example cell is the row's last line; a row of one line more has only a description (objects, arrays).
            String example = content.size() >= 2 ? content.get(content.size() - 1).strip() : "";
            List<String> description = example.isEmpty() ? content : content.subList(0, content.size() - 1);
            List<SeedPage.Span> spans = new ArrayList<>();
            spans.add(text.append(String.join(" ", head)));
            List<SeedPage.Prose> prose = DescriptionReader.read(text, description, true);
            if (!example.isEmpty()) {
                spans.add(text.append(example));
            }
            FieldNesting.Place place = nesting.place(name);
            SeedPage.Unit unit = text.unit(SeedPage.Kind.ROW, String.join(" ", head), true, spans);
            rows.add(new SeedPage.Row(unit, name, place.path(), place.depth(), type, required, example, prose));
            i = end;
        }
        return new SeedPage.Table(List.copyOf(columns), List.copyOf(rows));
    }

    private static boolean isType(List<String> lines, int i) {
        return TYPE.matcher(lines.get(i).strip()).matches();
    }

    private static boolean rowStartsAt(List<String> lines, int i) {
        return isType(lines, i) || (NAME.matcher(lines.get(i).strip()).matches() && i + 1 < lines.size() && isType(lines, i + 1));
    }
}
