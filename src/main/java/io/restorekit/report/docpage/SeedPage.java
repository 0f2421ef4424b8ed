package io.restorekit.report.docpage;

import java.util.ArrayList;
import java.util.List;

/**
 * One seed page as its reader sees it: its sections in order, each holding the page's own words — prose, a parameter
 * or element table (rows nested as on the page), or sample lines. Every piece of text is a {@link Unit} that knows
 * where it sits in the page's normalized text, so a Doc quote can be traced to it.
 */
public record SeedPage(String api, String seedFile, String normalizedText, List<Section> sections) {

    public enum SectionKind { PROSE, REQUEST, RESPONSE, SAMPLE }

    /** A heading of the page (null for the text before the first one) and what follows it. */
    public record Section(String id, String heading, Unit headingUnit, SectionKind kind, List<Block> blocks) {
    }

    /** A kind of text: what the page shows and whether a check can rest on it. */
    public enum Kind { HEADING, PROSE, ROW, SENTENCE, SAMPLE_LINE }

    /** A half-open range of the normalized page text. */
    public record Span(int start, int end) {
        boolean overlaps(int from, int to) {
            return start < to && from < end;
        }
    }

    /**
     * A sentence, a bullet, a table row (its name, type, required and example cells) or a sample line. {@code
     * checkable}: a statement of the request or response tables — what the coverage figures count.
     */
    public record Unit(String id, Kind kind, String text, List<Span> spans, boolean checkable) {
        boolean overlaps(int from, int to) {
            return spans.stream().anyMatch(s -> s.overlaps(from, to));
        }
    }

    public sealed interface Block permits Prose, Table, Sample {
        /** The units the block holds, in page order. */
        List<Unit> units();
    }

    /** A paragraph of sentences, one bullet, or a note ({@code label} "Note"), as written. */
    public record Prose(Style style, String label, List<Unit> sentences) implements Block {
        @Override
        public List<Unit> units() {
            return sentences;
        }
    }

    public enum Style { PARAGRAPH, BULLET, NOTE }

    /** A table: its column names as the page gives them, and its rows. */
    public record Table(List<String> columns, List<Row> rows) implements Block {
        @Override
        public List<Unit> units() {
            return rows.stream().flatMap(r -> r.units().stream()).toList();
        }
    }

    /**
     * One row. {@code name} empty for the page's unnamed rows (an array's element); {@code path} the field's place in
     * the request or answer, e.g. {@code RestoreJobs.RestoreJob[].OtsDetail.BatchChannelCount}; {@code depth} its
     * nesting on the page.
     */
    public record Row(Unit unit, String name, String path, int depth, String type, String required, String example,
                      List<Prose> description) {
        /** The row and every sentence of its description. */
        public List<Unit> units() {
            List<Unit> units = new ArrayList<>(List.of(unit));
            description.forEach(p -> units.addAll(p.sentences()));
            return units;
        }
    }

    /** Verbatim sample lines (an example answer or request), under an optional label such as "JSON format". */
    public record Sample(String label, List<Unit> lines) implements Block {
        @Override
        public List<Unit> units() {
            return lines;
        }
    }

    /** Every unit of the page, in page order. */
    public List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        for (Section s : sections) {
            if (s.headingUnit() != null) {
                units.add(s.headingUnit());
            }
            s.blocks().forEach(b -> units.addAll(b.units()));
        }
        return units;
    }

    /** The rows of the page's tables, in order. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        sections.forEach(s -> s.blocks().forEach(b -> {
            if (b instanceof Table t) {
                rows.addAll(t.rows());
            }
        }));
        return rows;
    }

    /** The section a unit belongs to. */
    public Section sectionOf(Unit unit) {
        for (Section s : sections) {
            if (s.headingUnit() == unit) {
                return s;
            }
            for (Block b : s.blocks()) {
                if (b.units().contains(unit)) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("not a unit of this page: " + unit.id());
    }
}
