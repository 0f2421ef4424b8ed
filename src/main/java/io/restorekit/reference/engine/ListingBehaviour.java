package io.restorekit.reference.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.reference.rules.ApiRules;
import io.restorekit.reference.rules.ApiRules.FilterKeyRule;
import io.restorekit.reference.rules.ApiRules.FilterRules;
import io.restorekit.reference.rules.ApiRules.OrderRule;
import io.restorekit.reference.rules.ApiRules.SelectionRule;
import io.restorekit.reference.rules.FilterOperator;
import io.restorekit.reference.rules.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The listing engine: answers one API ({@code Action} + {@code Version}) from its {@link ApiRules} and dataset —
 * paging, selections, filters (all must hold, unless the rules say any), order, envelope and errors. Each rule is one
 * protected method, so a faulty variant (a mutant) can override exactly one where a rules edit cannot say it; see
 * {@link BehaviourSet} for how a variant is swapped into a running server. Hooks the rules name run last.
 */
public class ListingBehaviour {
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,10}");
    private static final Pattern LONG = Pattern.compile("-?\\d{1,18}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    protected final ApiRules rules;
    protected final List<DatasetRecord> records;
    private final List<ListingHook> hooks;

    /** Answers kept by replay token ({@link ApiRules#replayParam()}), for this behaviour's lifetime. */
    private final Map<String, ObjectNode> replays = new java.util.concurrent.ConcurrentHashMap<>();

    /** What does not depend on the request, built at this behaviour's first answer ({@link #table()}); never shared. */
    private volatile RecordTable table;

    public ListingBehaviour(ApiRules rules, List<DatasetRecord> records, List<ListingHook> hooks) {
        this.rules = rules;
        this.records = List.copyOf(records);
        this.hooks = List.copyOf(hooks);
    }

    /** The same rules, records and hooks: the base of a variant that overrides one method. */
    protected ListingBehaviour(ListingBehaviour base) {
        this(base.rules, base.records, base.hooks);
    }

    /** A behaviour over the same records and hooks with other rules (a mutant's rules edit). */
    public ListingBehaviour withRules(ApiRules other) {
        return new ListingBehaviour(other, records, hooks);
    }

    public ApiRules rules() {
        return rules;
    }

    public List<DatasetRecord> records() {
        return records;
    }

    public List<ListingHook> hooks() {
        return hooks;
    }

    /** The rules file's id, e.g. {@code hbr}. */
    public String id() {
        return rules.id();
    }

    /** Whether this behaviour answers a call naming {@code action} and {@code version}: its own, any version if the rules say so. */
    public boolean answers(String action, String version) {
        return rules.action().equals(action) && (rules.anyVersion() || rules.version().equals(version));
    }

    /** The success body (HTTP 200). Throws {@link ApiException} for input the API refuses. */
    public ObjectNode success(RpcRequest request, String requestId) {
        Optional<String> token = replayToken(request);
        if (token.isPresent()) {
            // Idempotency read as replay: the first answer under a token is every later call's answer.
            return replays.computeIfAbsent(token.get(), t -> compute(request, requestId, false)).deepCopy();
        }
        return compute(request, requestId, false);
    }

    /**
     * The success body of {@link #success}, to be written as JSON text and read by nothing else (the transformer, when
     * no post-processor is set). The plain engine (this class itself, no hook) puts in each listed item the JSON its
     * record's item was written to once ({@link RecordTable#written}): a shared, read-only raw value that writes the
     * same text a copy of the item writes. Any other case (a variant, which may override {@link #envelope} and edit
     * what it builds; a hook, whose {@code finish} may; a replayed answer) is {@link #success} itself, whose items are
     * copies the caller may edit.
     */
    public ObjectNode successToWrite(RpcRequest request, String requestId) {
        if (getClass() != ListingBehaviour.class || !hooks.isEmpty() || replayToken(request).isPresent()) {
            return success(request, requestId);
        }
        return compute(request, requestId, true);
    }

    /** The request's replay token ({@link ApiRules#replayParam()}), when the rules name one and it is not empty. */
    private Optional<String> replayToken(RpcRequest request) {
        return rules.replayParam().flatMap(request::param).filter(t -> !t.isEmpty());
    }

    /** {@code written}: the items as {@link RecordTable#written(DatasetRecord)}, else as {@link #envelope}'s copies. */
    private ObjectNode compute(RpcRequest request, String requestId, boolean written) {
        int pageNumber = pageNumber(request);
        int pageSize = pageSize(request);
        Map<SelectionRule, Set<String>> restrictions = restrictions(request);
        List<ListingFilter> filters = filters(request);
        RecordTable t = table();
        // The records in order once and for all: keeping some of an ordered list is the stable sort of those kept.
        List<DatasetRecord> kept = new ArrayList<>();
        for (DatasetRecord r : t.ordered()) {
            if (selected(r, restrictions) && matchesAll(filters, r) && keptByHooks(r, request)) {
                kept.add(r);
            }
        }
        List<DatasetRecord> matching = java.util.Collections.unmodifiableList(kept);
        List<DatasetRecord> page = page(matching, pageNumber, pageSize);
        ObjectNode body = written ? envelope(requestId, pageNumber, pageSize, matching.size(), page, t::written)
                : envelope(requestId, pageNumber, pageSize, matching.size(), page);
        for (ListingHook hook : hooks) {
            body = hook.finish(body, request);
        }
        return body;
    }

    private boolean keptByHooks(DatasetRecord record, RpcRequest request) {
        for (ListingHook hook : hooks) {
            if (!hook.keeps(record, request)) {
                return false;
            }
        }
        return true;
    }

    /**
     * This behaviour's {@link RecordTable}, built at its first answer (not in the constructor: {@link #order()} may be a
     * variant's). Two threads may both build it; they build equal tables and either is kept.
     */
    private RecordTable table() {
        RecordTable t = table;
        if (t == null) {
            t = new RecordTable(records, order());
            table = t;
        }
        return t;
    }

    /** The value at {@code field} of {@code record}, read once per behaviour ({@link RecordTable#text}). */
    private Optional<String> text(DatasetRecord record, com.fasterxml.jackson.core.JsonPointer field) {
        return table().text(record, field);
    }

    /** The error body for a refused request, from the rules' error template; the HTTP status is {@link ApiException#status()}. */
    public ObjectNode error(ApiException e, RpcRequest request, String requestId) {
        Map<String, Supplier<JsonNode>> values = new LinkedHashMap<>();
        values.put("requestId", () -> NODES.textNode(requestId));
        values.put("host", () -> NODES.textNode(request.host()));
        values.put("code", () -> NODES.textNode(e.code()));
        values.put("message", () -> NODES.textNode(e.getMessage()));
        values.put("recommend", () -> NODES.textNode(AlibabaError.recommend(e.code(), requestId, rules.product())));
        values.put("status", () -> NODES.numberNode(e.status()));
        return Template.fill(rules.error(), values);
    }

    // ---- paging ----------------------------------------------------------------------------------------------

    protected int defaultPageNumber() {
        return rules.page().defaultValue();
    }

    protected int defaultPageSize() {
        return rules.size().defaultValue();
    }

    protected boolean isValidPageNumber(int pageNumber) {
        return pageNumber >= rules.page().min();
    }

    protected boolean isValidPageSize(int pageSize) {
        return rules.size().isValid(pageSize);
    }

    protected int pageNumber(RpcRequest request) {
        String param = rules.page().param();
        if (rules.bringsPagingIntoRange()) {
            refuseNonInteger(request, param);
            return lenientInt(request, param).filter(this::isValidPageNumber).orElse(defaultPageNumber());
        }
        int n = intParam(request, param, defaultPageNumber());
        if (!isValidPageNumber(n)) {
            throw ApiException.invalidParameter(param, n + " " + rules.page().refusal());
        }
        return n;
    }

    protected int pageSize(RpcRequest request) {
        String param = rules.size().param();
        if (rules.bringsPagingIntoRange()) {
            refuseNonInteger(request, param);
            return lenientInt(request, param).filter(v -> v >= 1).map(this::intoRange).orElse(defaultPageSize());
        }
        int n = intParam(request, param, defaultPageSize());
        if (!isValidPageSize(n)) {
            throw ApiException.invalidParameter(param, n + " " + rules.size().refusal());
        }
        return n;
    }

    /** A page size brought into range: within min..max, or the next valid value up (else the largest). */
    private int intoRange(int n) {
        ApiRules.SizeRule size = rules.size();
        if (size.values().isEmpty()) {
            return Math.max(size.min(), Math.min(n, size.max()));
        }
        List<Integer> sorted = size.values().stream().sorted().toList();
        return sorted.stream().filter(s -> s >= n).findFirst().orElse(sorted.get(sorted.size() - 1));
    }

    /**
     * Page N of size S holds items S×(N−first)+1 … S×(N−first+1) of the ordered listing; empty past the end, unless
     * the rules say a page past the end repeats the last one.
     */
    protected List<DatasetRecord> page(List<DatasetRecord> ordered, int pageNumber, int pageSize) {
        long offset = (long) (pageNumber - rules.page().first()) * pageSize;
        if (offset >= ordered.size() && !ordered.isEmpty() && rules.repeatsLastPagePastTheEnd()) {
            offset = (long) ((ordered.size() - 1) / pageSize) * pageSize;
        }
        return slice(ordered, offset, pageSize);
    }

    protected int totalPages(int totalCount, int pageSize) {
        return (totalCount + pageSize - 1) / pageSize;
    }

    // ---- selections ------------------------------------------------------------------------------------------

    /** The values each selection restricts to, in rule order; a selection that does not restrict is left out. */
    protected Map<SelectionRule, Set<String>> restrictions(RpcRequest request) {
        Map<SelectionRule, Set<String>> out = new LinkedHashMap<>();
        for (SelectionRule rule : rules.selections().values()) {
            Set<String> values = restriction(request, rule);
            if (values != null) {
                out.put(rule, values);
            }
        }
        return out;
    }

    /** The values {@code rule}'s parameter restricts to, or null for no restriction. */
    protected Set<String> restriction(RpcRequest request, SelectionRule rule) {
        for (String other : rule.notWith()) {
            // e.g. the metadata's "Specify either this parameter or BackupPlanId. An error is reported if you specify both."
            if (request.param(rule.param()).filter(v -> !v.isEmpty()).isPresent()
                    && request.param(other).filter(v -> !v.isEmpty()).isPresent()) {
                throw ApiException.invalidParameter(rule.param(), "cannot be given together with " + other);
            }
        }
        if (rule.enumerated()) {
            String value = enumParam(request, rule);
            return value == null ? null : Set.of(value);
        }
        Optional<String> raw = request.param(rule.param());
        if (raw.isEmpty()) {
            return null;
        }
        if (rule.separator() == null) {
            return raw.get().isEmpty() ? null : Set.of(raw.get());
        }
        Set<String> items = Arrays.stream(raw.get().split(Pattern.quote(rule.separator())))
                .map(s -> rule.trim() ? s.trim() : s).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return items.isEmpty() ? null : items;
    }

    /**
     * An enumerated parameter: absent means the rule's default (may be null); a value the rule does not list is
     * refused, unless the rules let it through (it then selects nothing).
     */
    protected String enumParam(RpcRequest request, SelectionRule rule) {
        Optional<String> raw = request.param(rule.param());
        if (raw.isEmpty()) {
            return rule.defaultValue();
        }
        String value = raw.get();
        Optional<String> listed = rule.values().stream()
                .filter(a -> rule.caseSensitive() ? a.equals(value) : a.equalsIgnoreCase(value)).findFirst();
        if (listed.isPresent()) {
            return listed.get();
        }
        if (rule.refusesUnknownValues()) {
            throw ApiException.invalidParameter(rule.param(), "'" + value + "' is not one of " + rule.values());
        }
        return value;
    }

    /** A record is listed when its field holds one of the values of every restricting selection. */
    protected boolean selected(DatasetRecord record, Map<SelectionRule, Set<String>> restrictions) {
        for (Map.Entry<SelectionRule, Set<String>> e : restrictions.entrySet()) {
            Optional<String> value = text(record, e.getKey().field());
            if (value.isEmpty() || !e.getValue().contains(value.get())) {
                return false;
            }
        }
        return true;
    }

    // ---- filters ---------------------------------------------------------------------------------------------

    protected FilterRules filterRules() {
        return rules.filters().orElseThrow();
    }

    /** The operator of a filter sent without one. */
    protected FilterOperator defaultOperator(FilterKeyRule key) {
        return key.defaultOperator() != null ? key.defaultOperator() : filterRules().defaultOperator();
    }

    protected List<ListingFilter> filters(RpcRequest request) {
        if (rules.filters().isEmpty()) {
            return List.of();
        }
        FilterRules f = filterRules();
        List<ListingFilter> out = new ArrayList<>();
        for (FlatFilterParser.RawFilter raw : FlatFilterParser.parse(f.param(), request.params())) {
            String prefix = f.param() + "." + raw.index() + ".";
            FilterKeyRule key = raw.key() == null ? null : f.keys().get(raw.key());
            Optional<FilterOperator> named = Optional.ofNullable(raw.operator()).flatMap(FilterOperator::named)
                    .filter(f.operators()::contains);
            boolean unknownKey = raw.key() != null && key == null;
            boolean unknownOperator = raw.operator() != null && named.isEmpty();
            if ((unknownKey && !f.refusesUnknownKeys()) || (unknownOperator && !f.refusesUnknownOperators())) {
                continue;
            }
            if (raw.key() == null) {
                throw ApiException.invalidParameter(prefix + "Key", "a filter needs a Key");
            }
            if (key == null) {
                throw ApiException.invalidParameter(prefix + "Key", "'" + raw.key() + "' is not one of " + f.keys().keySet());
            }
            FilterOperator operator = raw.operator() == null ? defaultOperator(key)
                    : named.orElseThrow(() -> ApiException.invalidParameter(prefix + "Operator",
                            "'" + raw.operator() + "' is not one of " + f.operators()));
            ListingFilter filter = new ListingFilter(raw.index(), key, operator, raw.values());
            validate(filter);
            out.add(filter);
        }
        return out;
    }

    /** An operator the key forbids; value counts per operator; values of an integer key must be integers. */
    protected void validate(ListingFilter f) {
        String prefix = filterRules().param() + "." + f.index() + ".";
        if (f.key().forbiddenOperators().contains(f.operator())) {
            throw ApiException.invalidParameter(prefix + "Operator",
                    f.operator() + " is not supported with the key " + f.key().name());
        }
        int n = f.values().size();
        if (n < f.operator().minValues() || n > f.operator().maxValues()) {
            throw ApiException.invalidParameter(prefix + "Values", f.operator() + " takes " + f.operator().takes() + ", got " + n);
        }
        if (f.key().integer()) {
            for (String v : f.values()) {
                if (!LONG.matcher(v).matches()) {
                    throw ApiException.invalidParameter(prefix + "Values", "'" + v + "' is not " + f.key().valueMeaning());
                }
            }
        }
    }

    /** The record's value for a key: the field its rule points to. */
    protected Optional<String> fieldValue(DatasetRecord record, FilterKeyRule key) {
        return text(record, key.field());
    }

    /** Several filters: a record must match every one (or any one, when the rules combine them with "any"). */
    protected boolean matchesAll(List<ListingFilter> filters, DatasetRecord record) {
        if (rules.filters().map(FilterRules::anyMatches).orElse(false)) {
            return filters.isEmpty() || filters.stream().anyMatch(f -> matches(f, record));
        }
        for (ListingFilter f : filters) {
            if (!matches(f, record)) {
                return false;
            }
        }
        return true;
    }

    protected boolean matches(ListingFilter f, DatasetRecord record) {
        return test(f.operator(), f.key(), fieldValue(record, f.key()), f.values());
    }

    /**
     * Operator semantics. A record without a value for the key matches only the operators the rules name for that
     * case (documented: NOT_EQUAL, the exact complement of EQUAL); BETWEEN includes its limits unless the rules say not.
     */
    protected boolean test(FilterOperator op, FilterKeyRule key, Optional<String> actual, List<String> values) {
        if (actual.isEmpty()) {
            return filterRules().missingFieldMatches().contains(op);
        }
        String a = actual.get();
        return switch (op) {
            case EQUAL -> compare(key, a, values.get(0)) == 0;
            case NOT_EQUAL -> compare(key, a, values.get(0)) != 0;
            case GREATER_THAN -> compare(key, a, values.get(0)) > 0;
            case GREATER_THAN_OR_EQUAL -> compare(key, a, values.get(0)) >= 0;
            case LESS_THAN -> compare(key, a, values.get(0)) < 0;
            case LESS_THAN_OR_EQUAL -> compare(key, a, values.get(0)) <= 0;
            case BETWEEN -> filterRules().betweenInclusive()
                    ? compare(key, a, values.get(0)) >= 0 && compare(key, a, values.get(1)) <= 0
                    : compare(key, a, values.get(0)) > 0 && compare(key, a, values.get(1)) < 0;
            case IN -> values.stream().anyMatch(v -> compare(key, a, v) == 0);
        };
    }

    /** Integer keys numerically, every other key as a string (lexicographic, case-sensitive). */
    protected int compare(FilterKeyRule key, String actual, String value) {
        return key.integer() ? Long.compare(Long.parseLong(actual), Long.parseLong(value)) : actual.compareTo(value);
    }

    // ---- answer ----------------------------------------------------------------------------------------------

    /** The rules' sort keys in turn: a total, stable order when the last one is the id. */
    protected Comparator<DatasetRecord> order() {
        Comparator<DatasetRecord> order = null;
        for (OrderRule rule : rules.order()) {
            Comparator<DatasetRecord> key = rule.integer()
                    ? Comparator.comparingLong((ToLongFunction<DatasetRecord>) r -> r.number(rule.field()))
                    : Comparator.comparing((DatasetRecord r) -> r.text(rule.field()).orElse(""));
            if (rule.descending()) {
                key = key.reversed();
            }
            order = order == null ? key : order.thenComparing(key);
        }
        return order;
    }

    protected ObjectNode envelope(String requestId, int pageNumber, int pageSize, int totalCount, List<DatasetRecord> page) {
        return envelope(requestId, pageNumber, pageSize, totalCount, page, r -> r.item().deepCopy());
    }

    /** The envelope with each listed record's item in the form {@code item} gives. */
    private ObjectNode envelope(String requestId, int pageNumber, int pageSize, int totalCount, List<DatasetRecord> page,
                                java.util.function.Function<DatasetRecord, JsonNode> item) {
        Map<String, Supplier<JsonNode>> values = new LinkedHashMap<>();
        values.put("requestId", () -> NODES.textNode(requestId));
        values.put("pageNumber", () -> NODES.numberNode(pageNumber));
        values.put("pageSize", () -> NODES.numberNode(pageSize));
        values.put("totalCount", () -> NODES.numberNode(totalCount));
        values.put("totalPages", () -> NODES.numberNode(totalPages(totalCount, pageSize)));
        // "The total number of returned pages." read as this call's: one page, or none when it holds no item.
        values.put("pagesReturned", () -> NODES.numberNode(page.isEmpty() ? 0 : 1));
        values.put("items", () -> {
            ArrayNode items = Json.MAPPER.createArrayNode();
            page.forEach(r -> items.add(item.apply(r)));
            return items;
        });
        return Template.fill(rules.envelope(), values);
    }

    // ---- parameters ------------------------------------------------------------------------------------------

    /** An optional integer parameter: absent means {@code defaultValue}; anything but a 32-bit integer is refused. */
    protected int intParam(RpcRequest request, String name, int defaultValue) {
        Optional<String> raw = request.param(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        String value = raw.get();
        if (!INTEGER.matcher(value).matches()) {
            throw ApiException.invalidParameter(name, "'" + value + "' is not an integer");
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter(name, "'" + value + "' is out of the integer range");
        }
    }

    private void refuseNonInteger(RpcRequest request, String param) {
        if (rules.refusesNonIntegerPaging()) {
            intParam(request, param, 0);
        }
    }

    /** An integer parameter read leniently: "1.5" is 1, anything that is not a number is absent. */
    protected static Optional<Integer> lenientInt(RpcRequest request, String name) {
        Optional<String> raw = request.param(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of((int) Math.floor(Double.parseDouble(raw.get().trim().toLowerCase(Locale.ROOT))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Items {@code [offset, offset + size)} of {@code all}; empty past the end. */
    protected static <T> List<T> slice(List<T> all, long offset, int size) {
        if (offset >= all.size()) {
            return List.of();
        }
        int from = (int) offset;
        return all.subList(from, (int) Math.min(all.size(), offset + size));
    }

    /**
     * What one behaviour computes once from its rules and records, read-only once built: the records in the rules'
     * order; each record's item written to JSON text once (the items carry no per-request shaping: a listing returns
     * them as stored); and, field by field as the selections and filters first read one, each record's value of it.
     * Per behaviour, never shared: a rules edit (a mutant) makes a new behaviour, hence a new table. It answers for
     * the behaviour's own records only (the records every answer lists from).
     */
    static final class RecordTable {
        private final List<DatasetRecord> records;
        private final List<DatasetRecord> ordered;
        private final Map<DatasetRecord, JsonNode> written = new java.util.IdentityHashMap<>();
        private final Map<com.fasterxml.jackson.core.JsonPointer, Map<DatasetRecord, Optional<String>>> values =
                new java.util.concurrent.ConcurrentHashMap<>();

        RecordTable(List<DatasetRecord> records, Comparator<DatasetRecord> order) {
            this.records = records;
            this.ordered = records.stream().sorted(order).toList();
            records.forEach(r -> written.put(r, NODES.rawValueNode(
                    new com.fasterxml.jackson.databind.util.RawValue(Json.write(r.item())))));
        }

        /** The records, sorted once by the behaviour's {@link ListingBehaviour#order()}. */
        List<DatasetRecord> ordered() {
            return ordered;
        }

        /** {@link DatasetRecord#text} of {@code field} for one of the records, every record's read at the field's first use. */
        Optional<String> text(DatasetRecord record, com.fasterxml.jackson.core.JsonPointer field) {
            return values.computeIfAbsent(field, f -> {
                Map<DatasetRecord, Optional<String>> column = new java.util.IdentityHashMap<>();
                records.forEach(r -> column.put(r, r.text(f)));
                return column;
            }).get(record);
        }

        /** The record's item as the JSON text written once: a raw value node, shared and read-only. */
        JsonNode written(DatasetRecord record) {
            return written.get(record);
        }
    }
}
