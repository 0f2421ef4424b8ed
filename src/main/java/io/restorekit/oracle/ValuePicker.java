package io.restorekit.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks filter values from the target's own items, so checks work on any dataset. Picks favour values
 * that discriminate: a number in the middle of the range held by several items (so strict and inclusive
 * bounds differ), a text value held by some items but not all.
 */
public final class ValuePicker {
    private ValuePicker() {
    }

    /** One value of {@code field}: the middle of the range for numbers, the most common partial value for text. */
    public static Optional<String> one(List<JsonNode> items, String field) {
        Map<String, Integer> counts = counts(items, field);
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        if (numeric(items, field)) {
            List<String> sorted = sortedNumbers(counts);
            int middle = sorted.size() / 2;
            // Prefer a value shared by several items, as close to the middle as possible.
            return sorted.stream().filter(v -> counts.get(v) > 1)
                    .min(Comparator.comparingInt(v -> Math.abs(sorted.indexOf(v) - middle)))
                    .or(() -> Optional.of(sorted.get(middle)));
        }
        return byFrequency(counts, items.size()).stream().findFirst();
    }

    /** Two different values: the lower and upper quartile for numbers, the two most common for text. */
    public static Optional<List<String>> two(List<JsonNode> items, String field) {
        Map<String, Integer> counts = counts(items, field);
        if (counts.size() < 2) {
            return Optional.empty();
        }
        if (numeric(items, field)) {
            List<String> sorted = sortedNumbers(counts);
            int low = sorted.size() / 4;
            int high = Math.max(low + 1, sorted.size() * 3 / 4);
            return Optional.of(List.of(sorted.get(low), sorted.get(Math.min(high, sorted.size() - 1))));
        }
        List<String> ranked = byFrequency(counts, items.size());
        return Optional.of(List.of(ranked.get(0), ranked.get(1)));
    }

    /**
     * A value of {@code f1} and one of {@code f2} held together by some item, where each is also held
     * without the other — so "both" differs from "either" and from each alone.
     */
    public static Optional<List<String>> together(List<JsonNode> items, String f1, String f2) {
        Map<String, Integer> c1 = counts(items, f1);
        Map<String, Integer> c2 = counts(items, f2);
        Map<List<String>, Integer> pairs = new LinkedHashMap<>();
        for (JsonNode item : items) {
            if (has(item, f1) && has(item, f2)) {
                pairs.merge(List.of(item.get(f1).asText(), item.get(f2).asText()), 1, Integer::sum);
            }
        }
        return pairs.entrySet().stream()
                .filter(e -> c1.get(e.getKey().get(0)) > e.getValue() && c2.get(e.getKey().get(1)) > e.getValue())
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey);
    }

    static boolean has(JsonNode item, String field) {
        JsonNode v = item.get(field);
        return v != null && !v.isNull() && !(v.isTextual() && v.asText().isEmpty());
    }

    private static Map<String, Integer> counts(List<JsonNode> items, String field) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (JsonNode item : items) {
            if (has(item, field)) {
                counts.merge(item.get(field).asText(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static boolean numeric(List<JsonNode> items, String field) {
        return items.stream().filter(i -> has(i, field)).allMatch(i -> i.get(field).isNumber());
    }

    private static List<String> sortedNumbers(Map<String, Integer> counts) {
        List<String> sorted = new ArrayList<>(counts.keySet());
        sorted.sort(Comparator.comparing(BigDecimal::new));
        return sorted;
    }

    /** Most common first, preferring values not held by every item; ties in first-seen order. */
    private static List<String> byFrequency(Map<String, Integer> counts, int itemCount) {
        List<String> ranked = new ArrayList<>(counts.keySet());
        ranked.sort(Comparator.comparing((String v) -> counts.get(v) == itemCount)
                .thenComparing(v -> -counts.get(v)));
        return ranked;
    }
}
