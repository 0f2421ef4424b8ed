package io.restorekit.report.docpage;

import java.util.ArrayList;
import java.util.List;

/**
 * The quotes of a Doc line, read the way the features write them: text between straight double quotes ({@code \"}
 * inside one is a double quote), split into fragments at "…". A quote inside parentheses or brackets is commentary
 * citing the page ({@code cited}), not what the scenario checks. {@code joinsNext}: only "…" stands between this quote
 * and the next — the next continues it (a row after a heading, or the last row of a run of rows). {@code unclosed}: the
 * line's last quote has no closing quote (it is kept, so a checker can report it). A {@code [Metadata: …]} part (a
 * metadata-edition scenario's quote of the API metadata, as FeatureDocs appends it) is not the page's: left out.
 */
public record DocQuotes(List<Quote> quotes, boolean unclosed) {
    private static final String METADATA = "[Metadata:";

    public record Quote(String text, boolean cited, boolean joinsNext) {
        /** Its fragments, normalized, the empty ones dropped. */
        public List<String> fragments() {
            List<String> out = new ArrayList<>();
            for (String part : text.split("…", -1)) {
                String f = PageText.normalized(part);
                if (!f.isEmpty()) {
                    out.add(f);
                }
            }
            return out;
        }
    }

    /** Bullets dropped, whitespace runs collapsed to one space, trimmed: how quotes and pages are compared. */
    public static String normalized(String text) {
        return PageText.normalized(text);
    }

    public static DocQuotes of(String line) {
        List<String> texts = new ArrayList<>();
        List<Boolean> cited = new ArrayList<>();
        List<int[]> bounds = new ArrayList<>();
        StringBuilder current = null;
        int depth = 0;
        int start = 0;
        int metadataDepth = Integer.MAX_VALUE;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                if (current != null) {
                    current.append('"');
                }
                i++;
            } else if (c == '"') {
                if (current == null) {
                    current = new StringBuilder();
                    start = i;
                } else {
                    if (depth < metadataDepth) {
                        texts.add(current.toString());
                        cited.add(depth > 0);
                        bounds.add(new int[] {start, i + 1});
                    }
                    current = null;
                }
            } else if (current != null) {
                current.append(c);
            } else if (c == '(' || c == '[') {
                depth++;
                if (line.startsWith(METADATA, i) && depth < metadataDepth) {
                    metadataDepth = depth;
                }
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
                if (depth < metadataDepth) {
                    metadataDepth = Integer.MAX_VALUE;
                }
            }
        }
        if (current != null) {
            texts.add(current.toString());
            cited.add(depth > 0);
            bounds.add(new int[] {start, line.length()});
        }
        List<Quote> quotes = new ArrayList<>();
        for (int q = 0; q < texts.size(); q++) {
            boolean joins = q + 1 < texts.size()
                    && line.substring(bounds.get(q)[1], bounds.get(q + 1)[0]).strip().equals("…");
            quotes.add(new Quote(texts.get(q), cited.get(q), joins));
        }
        return new DocQuotes(List.copyOf(quotes), current != null);
    }
}
