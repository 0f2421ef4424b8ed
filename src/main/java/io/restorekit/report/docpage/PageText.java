package io.restorekit.report.docpage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds a page's normalized text piece by piece, the way Doc quotes are compared with it (DocQuoteTest): list bullets
 * dropped, every whitespace run one space. Each piece added gets its span in that text and becomes a unit.
 */
final class PageText {
    private static final Pattern BULLETS = Pattern.compile("[•◦▪▫‣⁃●○■□∙]");
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");
    /** A sentence ends at . ! or ? followed by a space and a capital letter or a quote. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"])");

    private final String prefix;
    private final StringBuilder text = new StringBuilder();
    private int next = 1;

    PageText(String prefix) {
        this.prefix = prefix;
    }

    /** Bullets dropped, whitespace runs collapsed to one space, trimmed. */
    static String normalized(String raw) {
        return WHITESPACE.matcher(BULLETS.matcher(raw).replaceAll(" ")).replaceAll(" ").trim();
    }

    /** The sentences of a paragraph, as written. */
    static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(paragraph.strip())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The span {@code raw} takes in the normalized text (empty text takes an empty span at the end). */
    SeedPage.Span append(String raw) {
        String piece = normalized(raw);
        if (piece.isEmpty()) {
            return new SeedPage.Span(text.length(), text.length());
        }
        if (!text.isEmpty()) {
            text.append(' ');
        }
        int start = text.length();
        text.append(piece);
        return new SeedPage.Span(start, text.length());
    }

    /** A unit of one piece of text, shown as {@code display}. */
    SeedPage.Unit unit(SeedPage.Kind kind, String display, boolean checkable) {
        return unit(kind, display, checkable, List.of(append(display)));
    }

    SeedPage.Unit unit(SeedPage.Kind kind, String display, boolean checkable, List<SeedPage.Span> spans) {
        return new SeedPage.Unit(prefix + "-u" + next++, kind, display, List.copyOf(spans), checkable);
    }

    /** A paragraph's sentences as units. */
    List<SeedPage.Unit> sentenceUnits(String paragraph, boolean checkable) {
        return sentences(paragraph).stream().map(s -> unit(SeedPage.Kind.SENTENCE, s, checkable)).toList();
    }

    String text() {
        return text.toString();
    }
}
