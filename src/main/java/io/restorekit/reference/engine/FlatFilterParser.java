package io.restorekit.reference.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups the flat list parameters {@code Filters.N.Key}, {@code Filters.N.Operator}, {@code Filters.N.Values.M}
 * (indexes from 1, as the SDKs send them) into raw filters ordered by N, values ordered by M. Gaps in the numbering
 * are tolerated; index 0, non-numeric indexes and unknown {@code Filters.*} names are refused.
 */
final class FlatFilterParser {
    private static final Pattern INDEX = Pattern.compile("[1-9]\\d{0,8}");

    /** A filter as sent: key and operator may be null (absent), values may be empty. */
    record RawFilter(int index, String key, String operator, List<String> values) {
    }

    private FlatFilterParser() {
    }

    /** {@code list}: the list's parameter name, e.g. {@code Filters}. */
    static List<RawFilter> parse(String list, Map<String, String> params) {
        String prefix = list + ".";
        Pattern names = Pattern.compile(Pattern.quote(list) + "\\.([^.]+)\\.(Key|Operator|Values\\.([^.]+))");
        Map<Integer, Builder> byIndex = new TreeMap<>();
        for (Map.Entry<String, String> param : params.entrySet()) {
            String name = param.getKey();
            if (!name.startsWith(prefix)) {
                continue;
            }
            Matcher m = names.matcher(name);
            if (!m.matches()) {
                throw ApiException.invalidParameter(name,
                        "expected " + list + ".N.Key, " + list + ".N.Operator or " + list + ".N.Values.M with N, M from 1");
            }
            int index = index(name, m.group(1));
            Builder b = byIndex.computeIfAbsent(index, Builder::new);
            switch (m.group(2)) {
                case "Key" -> b.key = param.getValue();
                case "Operator" -> b.operator = param.getValue();
                default -> b.values.put(index(name, m.group(3)), param.getValue());
            }
        }
        List<RawFilter> out = new ArrayList<>();
        byIndex.values().forEach(b -> out.add(new RawFilter(b.index, b.key, b.operator, new ArrayList<>(b.values.values()))));
        return out;
    }

    private static int index(String name, String text) {
        if (!INDEX.matcher(text).matches()) {
            throw ApiException.invalidParameter(name, "list indexes start from 1");
        }
        return Integer.parseInt(text);
    }

    private static final class Builder {
        final int index;
        String key;
        String operator;
        final Map<Integer, String> values = new TreeMap<>();

        Builder(int index) {
            this.index = index;
        }
    }
}
