package io.restorekit.report.docpage;

import java.util.ArrayList;
import java.util.List;

/** A table cell's description lines as the page writes them: paragraphs of sentences, bullets, notes. */
final class DescriptionReader {
    private static final String NOTE = "Note";

    private DescriptionReader() {
    }

    static boolean isBullet(String line) {
        String t = line.strip();
        return !t.isEmpty() && PageText.normalized(t.substring(0, 1)).isEmpty();
    }

    static List<SeedPage.Prose> read(PageText text, List<String> lines, boolean checkable) {
        List<SeedPage.Prose> out = new ArrayList<>();
        boolean noteNext = false;
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.equals(NOTE)) {
                text.append(t);
                noteNext = true;
            } else if (isBullet(t)) {
                out.add(new SeedPage.Prose(SeedPage.Style.BULLET, null,
                        List.of(text.unit(SeedPage.Kind.SENTENCE, PageText.normalized(t), checkable))));
            } else if (noteNext || t.startsWith(NOTE + " ")) {
                if (!noteNext) {
                    text.append(NOTE);
                    t = t.substring(NOTE.length()).strip();
                }
                out.add(new SeedPage.Prose(SeedPage.Style.NOTE, NOTE, text.sentenceUnits(t, checkable)));
                noteNext = false;
            } else {
                out.add(new SeedPage.Prose(SeedPage.Style.PARAGRAPH, null, text.sentenceUnits(t, checkable)));
            }
        }
        return out;
    }
}
