package io.restorekit.reference.rules;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One API's rules under one reading: the rules file of {@code stubs/rules/<id>.json} with the reading's overrides
 * applied ({@link RulesFile}), read into the values {@link io.restorekit.reference.engine.ListingBehaviour} runs on. A rule the file states wrongly
 * fails here, at start, naming the file and the rule.
 */
public final class ApiRules {
    private final String id;
    private final ObjectNode json;
    private final String action;
    private final String version;
    private final boolean anyVersion;
    private final String product;
    private final String data;
    private final PageRule page;
    private final SizeRule size;
    private final boolean bringIntoRange;
    private final boolean lastPagePastTheEnd;
    private final boolean refusesNonIntegers;
    private final String replayParam;
    private final Map<String, SelectionRule> selections;
    private final FilterRules filters;
    private final List<OrderRule> order;
    private final ObjectNode envelope;
    private final ObjectNode error;
    private final List<String> hooks;

    /** {@code json}: the rules as read, readings already applied (a copy is kept). */
    public ApiRules(String id, ObjectNode json) {
        this.id = id;
        this.json = json.deepCopy();
        Reader r = new Reader(id, this.json);
        action = r.text(this.json, "action");
        version = r.text(this.json, "version");
        anyVersion = r.oneOf(this.json, "versions", "exact", "any").equals("any");
        product = r.text(this.json, "product");
        data = r.text(this.json, "data");
        JsonNode paging = r.object(this.json, "paging");
        JsonNode p = r.object(paging, "page");
        page = new PageRule(r.text(p, "param"), r.integer(p, "first"), r.integer(p, "default"), r.integer(p, "min"),
                r.text(p, "refusal"));
        JsonNode s = r.object(paging, "size");
        List<Integer> values = new ArrayList<>();
        s.path("values").forEach(v -> values.add(v.asInt()));
        size = new SizeRule(r.text(s, "param"), r.integer(s, "default"), s.path("min").asInt(Integer.MIN_VALUE),
                s.path("max").asInt(Integer.MAX_VALUE), List.copyOf(values), r.text(s, "refusal"));
        bringIntoRange = r.oneOf(paging, "outOfRange", "refuse", "bringIntoRange").equals("bringIntoRange");
        lastPagePastTheEnd = r.oneOf(paging, "pastTheEnd", "empty", "lastPage").equals("lastPage");
        refusesNonIntegers = !bringIntoRange || r.oneOf(paging, "notAnInteger", "default", "refuse").equals("refuse");
        replayParam = this.json.path("replay").path("param").asText(null);
        selections = new LinkedHashMap<>();
        this.json.path("selections").fields().forEachRemaining(e -> selections.put(e.getKey(), r.selection(e.getKey(), e.getValue())));
        filters = this.json.has("filters") ? r.filters(this.json.get("filters")) : null;
        order = new ArrayList<>();
        for (JsonNode o : r.array(this.json, "order")) {
            order.add(new OrderRule(r.pointer(o, "field"), r.integerCompare(o), o.path("descending").asBoolean(false)));
        }
        envelope = (ObjectNode) r.object(this.json, "envelope");
        error = (ObjectNode) r.object(this.json, "error");
        List<String> named = new ArrayList<>();
        this.json.path("hooks").forEach(h -> named.add(h.asText()));
        hooks = List.copyOf(named);
    }

    /** A copy with {@code edit} applied to the rules JSON (a copy): how a mutant changes one value. */
    public ApiRules edited(Consumer<ObjectNode> edit) {
        ObjectNode copy = json.deepCopy();
        edit.accept(copy);
        return new ApiRules(id, copy);
    }

    /** The rules file's name without {@code .json}, e.g. {@code hbr}: what a mapping's {@code rules} parameter names. */
    public String id() {
        return id;
    }

    public ObjectNode json() {
        return json.deepCopy();
    }

    public String action() {
        return action;
    }

    public String version() {
        return version;
    }

    /** Whether a call with another {@code Version} of the action is answered too (the liberal reading). */
    public boolean anyVersion() {
        return anyVersion;
    }

    /** Lower-case product code used in the error body's {@code Recommend} link, e.g. {@code hbr}. */
    public String product() {
        return product;
    }

    /** The dataset file, relative to the stubs folder, e.g. {@code data/hbr-restore-jobs.json}. */
    public String data() {
        return data;
    }

    public PageRule page() {
        return page;
    }

    public SizeRule size() {
        return size;
    }

    /** Whether out-of-range or non-integer paging values are brought into range instead of refused. */
    public boolean bringsPagingIntoRange() {
        return bringIntoRange;
    }

    /** Whether a paging value that is not an integer is refused even when out-of-range values are brought into range. */
    public boolean refusesNonIntegerPaging() {
        return refusesNonIntegers;
    }

    /**
     * The parameter whose value makes a call idempotent by replay ({@code "replay": {"param": …}}): a later call with
     * the same value gets the first call's answer, whatever else it asks. Empty: no parameter replays.
     */
    public Optional<String> replayParam() {
        return Optional.ofNullable(replayParam);
    }

    /** Whether a page past the last repeats the last page instead of being empty. */
    public boolean repeatsLastPagePastTheEnd() {
        return lastPagePastTheEnd;
    }

    /** Request parameters that restrict the listing to records whose field has the value(s) given, in rule order. */
    public Map<String, SelectionRule> selections() {
        return selections;
    }

    /** The {@code Filters.N.*} list, if the API has one. */
    public Optional<FilterRules> filters() {
        return Optional.ofNullable(filters);
    }

    public List<OrderRule> order() {
        return order;
    }

    /** The success body's template ({@code {{placeholders}}}, see the engine's {@code Template}). */
    public ObjectNode envelope() {
        return envelope;
    }

    /** The error body's template. */
    public ObjectNode error() {
        return error;
    }

    /** Names of the {@link io.restorekit.reference.engine.ListingHook}s this API needs, for rules data cannot say. */
    public List<String> hooks() {
        return hooks;
    }

    /** The page number: {@code first} is the first page; values below {@code min} are refused with {@code refusal}. */
    public record PageRule(String param, int first, int defaultValue, int min, String refusal) {
    }

    /** The page size: {@code min}..{@code max}, or one of {@code values} when listed. */
    public record SizeRule(String param, int defaultValue, int min, int max, List<Integer> values, String refusal) {
        public boolean isValid(int n) {
            return values.isEmpty() ? n >= min && n <= max : values.contains(n);
        }
    }

    /**
     * A parameter that restricts the listing: records whose {@code field} is one of the values given. {@code values}
     * non-empty: an enumerated parameter (absent means {@code defaultValue}, null = no restriction); otherwise a
     * free value, empty meaning no restriction, split at {@code separator} when there is one.
     */
    public record SelectionRule(String param, JsonPointer field, List<String> values, String defaultValue,
                                boolean caseSensitive, boolean refusesUnknownValues, String separator, boolean trim,
                                List<String> notWith) {
        public boolean enumerated() {
            return !values.isEmpty();
        }
    }

    /** The {@code Filters.N.Key / Operator / Values.M} list. */
    public record FilterRules(String param, FilterOperator defaultOperator, List<FilterOperator> operators,
                              Map<String, FilterKeyRule> keys, boolean anyMatches, List<FilterOperator> missingFieldMatches,
                              boolean betweenInclusive, boolean refusesUnknownKeys, boolean refusesUnknownOperators) {
    }

    /** One filter key: the record field it compares with, as an integer or as text. */
    public record FilterKeyRule(String name, JsonPointer field, boolean integer, String valueMeaning,
                                List<FilterOperator> forbiddenOperators, FilterOperator defaultOperator) {
    }

    /** One sort key of the listing's order; ties go to the next. */
    public record OrderRule(JsonPointer field, boolean integer, boolean descending) {
    }

    /** Reads rule values, failing with the file and the rule named. */
    private record Reader(String id, JsonNode root) {
        IllegalArgumentException wrong(String rule, String why) {
            return new IllegalArgumentException("rules/" + id + ".json: " + rule + " " + why);
        }

        JsonNode object(JsonNode parent, String name) {
            JsonNode v = parent.get(name);
            if (v == null || !v.isObject()) {
                throw wrong("\"" + name + "\"", "must be an object");
            }
            return v;
        }

        JsonNode array(JsonNode parent, String name) {
            JsonNode v = parent.get(name);
            if (v == null || !v.isArray() || v.isEmpty()) {
                throw wrong("\"" + name + "\"", "must be a non-empty array");
            }
            return v;
        }

        String text(JsonNode parent, String name) {
            JsonNode v = parent.get(name);
            if (v == null || !v.isTextual() || v.asText().isEmpty()) {
                throw wrong("\"" + name + "\"", "must be a non-empty string");
            }
            return v.asText();
        }

        int integer(JsonNode parent, String name) {
            JsonNode v = parent.get(name);
            if (v == null || !v.isInt()) {
                throw wrong("\"" + name + "\"", "must be an integer");
            }
            return v.asInt();
        }

        String oneOf(JsonNode parent, String name, String... accepted) {
            String v = parent.path(name).asText(accepted[0]);
            if (!List.of(accepted).contains(v)) {
                throw wrong("\"" + name + "\"", "must be one of " + List.of(accepted) + ", not '" + v + "'");
            }
            return v;
        }

        JsonPointer pointer(JsonNode parent, String name) {
            String text = text(parent, name);
            if (!text.startsWith("/item/") && !text.startsWith("/hidden/")) {
                throw wrong("\"" + name + "\": \"" + text + "\"", "must point into a record: /item/... or /hidden/...");
            }
            return JsonPointer.compile(text);
        }

        boolean integerCompare(JsonNode rule) {
            return oneOf(rule, "compare", "text", "integer").equals("integer");
        }

        FilterOperator operator(String where, String name) {
            return FilterOperator.named(name).orElseThrow(() -> wrong(where, "names no operator the engine knows: '"
                    + name + "' (known: " + List.of(FilterOperator.values()) + ")"));
        }

        List<FilterOperator> operators(JsonNode parent, String name) {
            List<FilterOperator> out = new ArrayList<>();
            parent.path(name).forEach(o -> out.add(operator("\"" + name + "\"", o.asText())));
            return List.copyOf(out);
        }

        SelectionRule selection(String param, JsonNode rule) {
            JsonNode separator = rule.get("separator");
            return new SelectionRule(param, pointer(rule, "field"), texts(rule.path("values")),
                    rule.hasNonNull("default") ? rule.get("default").asText() : null,
                    rule.path("caseSensitive").asBoolean(true),
                    oneOf(rule, "unknownValues", "refuse", "selectNothing").equals("refuse"),
                    separator == null || separator.isNull() ? null : separator.asText(),
                    rule.path("trim").asBoolean(false), texts(rule.path("notWith")));
        }

        /** A list of strings ({@code []} when absent). */
        List<String> texts(JsonNode list) {
            List<String> out = new ArrayList<>();
            list.forEach(v -> out.add(v.asText()));
            return List.copyOf(out);
        }

        FilterRules filters(JsonNode f) {
            Map<String, FilterKeyRule> keys = new LinkedHashMap<>();
            object(f, "keys").fields().forEachRemaining(e -> {
                JsonNode k = e.getValue();
                keys.put(e.getKey(), new FilterKeyRule(e.getKey(), pointer(k, "field"), integerCompare(k),
                        k.path("valueMeaning").asText("an integer"), operators(k, "forbiddenOperators"),
                        k.hasNonNull("defaultOperator") ? operator("\"defaultOperator\"", k.get("defaultOperator").asText()) : null));
            });
            return new FilterRules(text(f, "param"), operator("\"defaultOperator\"", text(f, "defaultOperator")),
                    operators(f, "operators"), keys, oneOf(f, "combine", "all", "any").equals("any"),
                    operators(f, "missingFieldMatches"), oneOf(f, "between", "inclusive", "exclusive").equals("inclusive"),
                    oneOf(f, "unknownKey", "refuse", "ignore").equals("refuse"),
                    oneOf(f, "unknownOperator", "refuse", "ignore").equals("refuse"));
        }
    }
}
