package io.restorekit.mutation;

import static io.restorekit.mutation.ClauseFamily.BOUNDS_AND_DEFAULTS;
import static io.restorekit.mutation.ClauseFamily.FILTER_OPERATORS;
import static io.restorekit.mutation.ClauseFamily.ITEM_FIELDS;
import static io.restorekit.mutation.ClauseFamily.PAGING;
import static io.restorekit.mutation.ClauseFamily.WRAPPERS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.reference.rules.RulesEdit;
import io.restorekit.reference.rules.RulesFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Mutants generated from the rules files, every API alike (issue #13): whatever {@code stubs/rules/*.json} of a kit
 * holds, each paging bound and default shifted by one, each enumerated selection value dropped and each selection
 * default moved to the next value, each filter operator swapped (the default operator for every other accepted one,
 * each accepted operator dropped, each forbidden one allowed, BETWEEN's limits and the combination of filters flipped),
 * each list wrapper flattened, and each unit changed (the rules' only unit is how a field compares: an integer field
 * compared as text). No API is named here: the rules file's id (upper-cased) is the clause prefix its features use.
 *
 * <p>A generated mutant's clause is the tag its features would give the rule ({@code <API>.<param>}, {@code .Default}
 * for a default); where no scenario carries that tag the panel judges it by every scenario of its API. Verdicts that
 * are not "killed" are data, in {@value #VERDICTS}: {@code equivalent} (with the reason, checked: it must survive) or
 * {@code survivor} (a known gap in the features: it must survive too, and is listed in docs/mutation.md).
 */
final class RulesMutants {
    static final String VERDICTS = "src/test/resources/mutation/generated-verdicts.tsv";

    private final Path kit;
    private final String id;
    private final String api;
    private final ObjectNode rules;
    private final List<Mutant> out = new ArrayList<>();

    private RulesMutants(Path kit, RulesFile file) {
        this.kit = kit;
        this.id = file.id();
        this.api = file.id().toUpperCase(Locale.ROOT);
        this.rules = file.documented();
    }

    /** The mutants of every rules file of every kit root in {@code kits} (a kit's reference reads {@code stubs/rules/}). */
    static List<Mutant> of(Path projectRoot, List<Path> kits) {
        Map<String, String[]> verdicts = verdicts(projectRoot);
        List<Mutant> all = new ArrayList<>();
        for (Path kit : kits) {
            for (Path file : rulesFiles(kit)) {
                RulesMutants generator = new RulesMutants(kit, RulesFile.read(file));
                generator.generate();
                for (Mutant m : generator.out) {
                    String[] verdict = verdicts.get(m.slug());
                    all.add(verdict != null && verdict[0].equals("equivalent") ? m.equivalent(verdict[1]) : m);
                }
            }
        }
        return all;
    }

    /** Slugs of generated mutants the features do not catch yet, each with what is missing. */
    static Map<String, String> knownSurvivors(Path projectRoot) {
        Map<String, String> out = new LinkedHashMap<>();
        verdicts(projectRoot).forEach((slug, v) -> {
            if (v[0].equals("survivor")) {
                out.put(slug, v[1]);
            }
        });
        return out;
    }

    /** {@value #VERDICTS}: slug, tab, {@code equivalent} or {@code survivor}, tab, reason; {@code #} starts a comment. */
    static Map<String, String[]> verdicts(Path projectRoot) {
        Map<String, String[]> out = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(projectRoot.resolve(VERDICTS))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 3);
                if (cells.length != 3 || !List.of("equivalent", "survivor").contains(cells[1])) {
                    throw new IllegalArgumentException(VERDICTS + ": not 'slug<TAB>equivalent|survivor<TAB>reason': " + line);
                }
                out.put(cells[0], new String[] {cells[1], cells[2]});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<Path> rulesFiles(Path kit) {
        try (Stream<Path> files = Files.list(kit.resolve("stubs").resolve("rules"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void generate() {
        paging();
        selections();
        filters();
        wrappers("/envelope", rules.path("envelope"));
        units();
    }

    // ---- each bound and default shifted by one

    private void paging() {
        for (String part : List.of("page", "size")) {
            JsonNode rule = rules.path("paging").path(part);
            String param = rule.path("param").asText();
            String pointer = "/paging/" + part;
            for (Iterator<Map.Entry<String, JsonNode>> it = rule.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String clause = api + "." + param + (e.getKey().equals("default") ? ".Default" : "");
                if (e.getValue().isInt()) {
                    for (int by : new int[] {-1, 1}) {
                        int shifted = e.getValue().asInt() + by;
                        ObjectNode edited = ((ObjectNode) rule).deepCopy().put(e.getKey(), shifted);
                        if (consistent(part, edited)) {
                            add(BOUNDS_AND_DEFAULTS, clause, pointer + "/" + e.getKey(), e.getValue() + " shifted "
                                    + (by < 0 ? "down" : "up") + " to " + shifted, r -> r.with(pointer + "/" + e.getKey(), shifted));
                        }
                    }
                } else if (e.getValue().isArray()) {
                    ArrayNode values = (ArrayNode) e.getValue();
                    for (int i = 0; i < values.size(); i++) {
                        for (int by : new int[] {-1, 1}) {
                            ArrayNode copy = values.deepCopy();
                            copy.set(i, copy.get(i).asInt() + by);
                            add(BOUNDS_AND_DEFAULTS, clause, pointer + "/" + e.getKey(), values + " as " + copy,
                                    r -> r.with(pointer + "/" + e.getKey(), copy));
                        }
                    }
                }
            }
        }
    }

    /**
     * Whether edited paging rules still describe a listing the engine can serve: no page accepted before the first one
     * ({@code first <= min}). A shift that breaks this (page 0 accepted while pages start at 1) makes the engine
     * answer HTTP 500, which judges nothing; it is not generated.
     */
    private static boolean consistent(String part, JsonNode rule) {
        return !part.equals("page") || rule.path("first").asInt() <= rule.path("min").asInt();
    }

    // ---- each enum value dropped, each default moved to the next value

    private void selections() {
        rules.path("selections").fields().forEachRemaining(e -> {
            String param = e.getKey();
            String pointer = "/selections/" + param;
            JsonNode values = e.getValue().path("values");
            for (int i = 0; i < values.size(); i++) {
                ArrayNode copy = ((ArrayNode) values).deepCopy();
                String dropped = copy.remove(i).asText();
                add(ITEM_FIELDS, api + "." + param, pointer + "/values", dropped + " dropped",
                        r -> r.with(pointer + "/values", copy));
            }
            JsonNode def = e.getValue().path("default");
            if (def.isTextual() && values.size() > 1) {
                List<String> texts = new ArrayList<>();
                values.forEach(v -> texts.add(v.asText()));
                String next = texts.get((texts.indexOf(def.asText()) + 1) % texts.size());
                add(BOUNDS_AND_DEFAULTS, api + "." + param + ".Default", pointer + "/default", def.asText() + " moved to " + next,
                        r -> r.with(pointer + "/default", next));
            }
        });
    }

    // ---- each filter operator swapped

    private void filters() {
        JsonNode f = rules.path("filters");
        if (!f.isObject()) {
            return;
        }
        String clause = api + "." + f.path("param").asText();
        List<String> operators = new ArrayList<>();
        f.path("operators").forEach(o -> operators.add(o.asText()));
        String defaultOperator = f.path("defaultOperator").asText();
        for (String other : operators) {
            if (!other.equals(defaultOperator)) {
                add(FILTER_OPERATORS, clause + ".Operator.Default", "/filters/defaultOperator", defaultOperator + " swapped for " + other,
                        r -> r.with("/filters/defaultOperator", other));
            }
        }
        dropEach(FILTER_OPERATORS, clause + ".Operator", "/filters/operators", f.path("operators"));
        dropEach(FILTER_OPERATORS, clause + ".Operator", "/filters/missingFieldMatches", f.path("missingFieldMatches"));
        f.path("keys").fields().forEachRemaining(k -> {
            JsonNode forbidden = k.getValue().path("forbiddenOperators");
            String at = "/filters/keys/" + k.getKey() + "/forbiddenOperators";
            for (int i = 0; i < forbidden.size(); i++) {
                ArrayNode copy = ((ArrayNode) forbidden).deepCopy();
                String allowed = copy.remove(i).asText();
                add(FILTER_OPERATORS, clause + "." + k.getKey() + ".No" + pascal(allowed), at, allowed + " allowed",
                        r -> r.with(at, copy));
            }
        });
        flip(clause + ".Operator", "/filters/between", "inclusive", "exclusive");
        flip(clause + ".Combined", "/filters/combine", "all", "any");
    }

    private void flip(String clause, String pointer, String one, String other) {
        String now = rules.at(pointer).asText();
        if (now.equals(one) || now.equals(other)) {
            String flipped = now.equals(one) ? other : one;
            add(FILTER_OPERATORS, clause, pointer, now + " swapped for " + flipped, r -> r.with(pointer, flipped));
        }
    }

    private void dropEach(ClauseFamily family, String clause, String pointer, JsonNode list) {
        for (int i = 0; i < list.size(); i++) {
            ArrayNode copy = ((ArrayNode) list).deepCopy();
            String dropped = copy.remove(i).asText();
            add(family, clause, pointer, dropped + " dropped", r -> r.with(pointer, copy));
        }
    }

    // ---- each list wrapper flattened: {"Wrapper": {"Item": "{{items}}"}} becomes {"Wrapper": "{{items}}"}

    private void wrappers(String pointer, JsonNode node) {
        node.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            String at = pointer + "/" + e.getKey();
            if (v.isObject() && v.size() == 1 && v.elements().next().isTextual()
                    && v.elements().next().asText().equals("{{items}}")) {
                add(WRAPPERS, api + ".Response.Items", at, "wrapper " + e.getKey() + "." + v.fieldNames().next() + " flattened",
                        r -> r.with(at, "{{items}}"));
            } else if (v.isObject()) {
                wrappers(at, v);
            }
        });
    }

    // ---- each unit changed: a field compared as an integer compared as text

    private void units() {
        rules.path("filters").path("keys").fields().forEachRemaining(k -> {
            if (k.getValue().path("compare").asText().equals("integer")) {
                String at = "/filters/keys/" + k.getKey() + "/compare";
                add(FILTER_OPERATORS, api + "." + rules.at("/filters/param").asText() + "." + k.getKey(), at,
                        "integer compared as text", r -> r.with(at, "text"));
            }
        });
        JsonNode order = rules.path("order");
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).path("compare").asText().equals("integer")) {
                String at = "/order/" + i;
                ObjectNode asText = ((ObjectNode) order.get(i)).deepCopy().put("compare", "text");
                ArrayNode copy = ((ArrayNode) order).deepCopy();
                copy.set(i, asText);
                add(PAGING, api + ".Paging.Walk", at, "order by " + order.get(i).path("field").asText()
                        + " integer compared as text", r -> r.with("/order", copy));
            }
        }
    }

    private void add(ClauseFamily family, String clause, String pointer, String change, Consumer<RulesEdit> edit) {
        out.add(new Mutant(family, clause, pointer + ": " + change, Variants.rules(id, edit),
                null, List.of(), null, kit, true));
    }

    private static String pascal(String operator) {
        StringBuilder out = new StringBuilder();
        for (String word : operator.toLowerCase(Locale.ROOT).split("_")) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }
}
