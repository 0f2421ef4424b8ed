package io.restorekit.report.docpage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the units of a page a Doc line (or a defect's quotes) speaks of. Each fragment is looked for after the one
 * before it (so "PageSize … Default value: 10." finds the request row's sentence, not the answer's), else anywhere;
 * whole words first. A quoted heading alone stands for every row of its section (a check over the whole table);
 * a heading followed by "…" only places the search. Two rows joined by "…" stand for the rows between them too.
 */
final class QuoteLocator {
    private final SeedPage page;
    private final String text;
    private final List<SeedPage.Unit> units;

    QuoteLocator(SeedPage page) {
        this.page = page;
        this.text = page.normalizedText();
        this.units = page.units();
    }

    /** A unit a line speaks of, and whether it only cites it (commentary) rather than checks it. */
    record Located(SeedPage.Unit unit, boolean cited) {
    }

    /** Each unit once per relation, in the order the quotes find them. */
    List<Located> locate(List<DocQuotes.Quote> quotes) {
        Set<Located> out = new LinkedHashSet<>();
        int cursor = 0;
        List<List<SeedPage.Unit>> found = new ArrayList<>();
        for (DocQuotes.Quote q : quotes) {
            List<SeedPage.Unit> hits = new ArrayList<>();
            for (String fragment : q.fragments()) {
                int at = find(fragment, cursor);
                if (at < 0) {
                    at = find(fragment, 0);
                }
                if (at < 0) {
                    continue;
                }
                int end = at + fragment.length();
                cursor = end;
                for (SeedPage.Unit u : units) {
                    if (u.overlaps(at, end)) {
                        hits.add(u);
                    }
                }
            }
            found.add(hits);
        }
        for (int i = 0; i < quotes.size(); i++) {
            DocQuotes.Quote q = quotes.get(i);
            List<SeedPage.Unit> hits = found.get(i);
            Set<SeedPage.Unit> units = new LinkedHashSet<>();
            if (hits.size() == 1 && hits.get(0).kind() == SeedPage.Kind.HEADING) {
                if (!q.joinsNext()) {
                    units.add(hits.get(0));
                    rowsOf(page.sectionOf(hits.get(0))).forEach(r -> units.add(r.unit()));
                }
            } else {
                units.addAll(hits);
                if (q.joinsNext() && !hits.isEmpty() && !found.get(i + 1).isEmpty()) {
                    units.addAll(rowsBetween(hits.get(hits.size() - 1), found.get(i + 1).get(0)));
                }
            }
            units.forEach(u -> out.add(new Located(u, q.cited())));
        }
        return List.copyOf(out);
    }

    private static List<SeedPage.Row> rowsOf(SeedPage.Section section) {
        return section.blocks().stream().filter(b -> b instanceof SeedPage.Table)
                .flatMap(b -> ((SeedPage.Table) b).rows().stream()).toList();
    }

    /** The rows from the one holding {@code from} to the one holding {@code to}, when both are rows of one table. */
    private List<SeedPage.Unit> rowsBetween(SeedPage.Unit from, SeedPage.Unit to) {
        List<SeedPage.Row> rows = page.rows();
        int a = rowIndex(rows, from);
        int b = rowIndex(rows, to);
        if (a < 0 || b <= a || page.sectionOf(from) != page.sectionOf(to)) {
            return List.of();
        }
        return rows.subList(a, b + 1).stream().map(SeedPage.Row::unit).toList();
    }

    private static int rowIndex(List<SeedPage.Row> rows, SeedPage.Unit unit) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).units().contains(unit)) {
                return i;
            }
        }
        return -1;
    }

    /** The first occurrence at or after {@code from} that is a whole word at both ends, else any occurrence. */
    private int find(String fragment, int from) {
        int any = text.indexOf(fragment, from);
        for (int at = any; at >= 0; at = text.indexOf(fragment, at + 1)) {
            if (boundary(at - 1, fragment.charAt(0)) && boundary(at + fragment.length(), fragment.charAt(fragment.length() - 1))) {
                return at;
            }
        }
        return any;
    }

    private boolean boundary(int index, char edge) {
        return !word(edge) || index < 0 || index >= text.length() || !word(text.charAt(index));
    }

    private static boolean word(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
