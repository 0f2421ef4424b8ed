package io.restorekit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The doc sentence each scenario checks: the {@code Doc:} line under its Scenario (and its {@code Level:} reason, if
 * any), with an outline's {@code <placeholders>} filled from the example row the scenario ran. Feature files are
 * read once.
 */
public final class FeatureDocs {
    private final Map<Path, List<String>> files = new ConcurrentHashMap<>();

    /** The Doc sentence for the scenario at {@code line} (1-based: its Scenario line or its Examples row). */
    public String docAt(Path feature, int line) {
        List<String> lines = files.computeIfAbsent(feature, FeatureDocs::read);
        if (line < 1 || line > lines.size()) {
            return "";
        }
        int scenario = line - 1;
        while (scenario >= 0 && !lines.get(scenario).trim().startsWith("Scenario")) {
            scenario--;
        }
        if (scenario < 0) {
            return "";
        }
        String doc = "";
        for (int i = scenario + 1; i < lines.size(); i++) {
            String text = lines.get(i).trim();
            if (text.startsWith("Doc:")) {
                doc = text.substring(4).trim();
                // A level that differs from its basis's carries its reason, and a scenario of the metadata edition
                // its metadata quote, on the next lines: the reader sees them all.
                for (int j = i + 1; j < lines.size(); j++) {
                    String next = lines.get(j).trim();
                    if (!next.startsWith("Level:") && !next.startsWith("Metadata:")) {
                        break;
                    }
                    doc = doc + " [" + next + "]";
                }
                break;
            }
            if (text.startsWith("Given") || text.startsWith("When") || text.startsWith("Then")) {
                break;
            }
        }
        String row = lines.get(line - 1).trim();
        return row.startsWith("|") ? fill(doc, lines, line - 1) : doc;
    }

    /** Replaces {@code <name>} by the cell of the row at {@code rowIndex} under the Examples header {@code name}. */
    private static String fill(String doc, List<String> lines, int rowIndex) {
        int header = rowIndex;
        while (header > 0 && lines.get(header - 1).trim().startsWith("|")) {
            header--;
        }
        List<String> names = cells(lines.get(header));
        List<String> values = cells(lines.get(rowIndex));
        String filled = doc;
        for (int i = 0; i < Math.min(names.size(), values.size()); i++) {
            filled = filled.replace("<" + names.get(i) + ">", values.get(i));
        }
        return filled;
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        String[] parts = row.trim().split("\\|", -1);
        for (int i = 1; i < parts.length - 1; i++) {
            cells.add(parts[i].trim());
        }
        return cells;
    }

    private static List<String> read(Path feature) {
        try {
            return Files.readAllLines(feature);
        } catch (IOException e) {
            return List.of();
        }
    }
}
