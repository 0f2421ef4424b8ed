package io.restorekit.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * DescribeRestoreJobs2 under the other reading wherever the page is silent — still correct by every sentence it
 * states. A conformance run against it must end with no MUST failure and a warning on each clause it reads otherwise:
 * the proof that the kit's inferred and convention clauses are graded SHOULD, not MUST.
 */
public class LiberalHbrRestoreJobs extends HbrRestoreJobsBehaviour {
    public LiberalHbrRestoreJobs(List<DatasetRecord> jobs) {
        super(jobs);
    }

    /** The page names no other version; this reading answers any version of its action. */
    @Override
    public boolean answers(String action, String version) {
        return action().equals(action);
    }

    /** A page size outside "1 to 99" is brought within it (a number) or defaulted (anything else), not refused. */
    @Override
    protected int pageSize(RpcRequest request) {
        Optional<Integer> n = lenientInt(request, "PageSize");
        return n.map(v -> v < 1 ? defaultPageSize() : Math.min(v, 99)).orElse(defaultPageSize());
    }

    /** A page number before page 1, or not a number, is page 1. */
    @Override
    protected int pageNumber(RpcRequest request) {
        return lenientInt(request, "PageNumber").filter(v -> v >= 1).orElse(defaultPageNumber());
    }

    /** Enumerated values match whatever their case; an unknown value selects nothing instead of being refused. */
    @Override
    protected String enumParam(RpcRequest request, String name, List<String> allowed, String defaultValue) {
        Optional<String> raw = request.param(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        return allowed.stream().filter(a -> a.equalsIgnoreCase(raw.get())).findFirst().orElse(raw.get());
    }

    /**
     * A filter whose key or operator the page does not list is ignored; a CompleteTime filter without an Operator is
     * read as EQUAL (the page never joins "Default value: IN" with its CompleteTime note).
     */
    @Override
    protected List<HbrFilter> filters(RpcRequest request) {
        Map<String, String> params = new LinkedHashMap<>(request.params());
        for (FlatFilterParser.RawFilter raw : FlatFilterParser.parse(request.params())) {
            String prefix = "Filters." + raw.index() + ".";
            boolean unknownKey = raw.key() != null && FilterKey.named(raw.key()).isEmpty();
            boolean unknownOperator = raw.operator() != null && FilterOperator.named(raw.operator()).isEmpty();
            if (unknownKey || unknownOperator) {
                params.keySet().removeIf(p -> p.startsWith(prefix));
            } else if ("CompleteTime".equals(raw.key()) && raw.operator() == null) {
                params.put(prefix + "Operator", "EQUAL");
            }
        }
        return super.filters(new RpcRequest(request.method(), request.action(), request.version(), params, request.host()));
    }

    /** A job without the field matches no condition on it, NOT_EQUAL included; BETWEEN excludes its limits. */
    @Override
    protected boolean test(FilterOperator op, FilterKey key, Optional<String> actual, List<String> values) {
        if (actual.isEmpty()) {
            return false;
        }
        if (op == FilterOperator.BETWEEN) {
            return compare(key, actual.get(), values.get(0)) > 0 && compare(key, actual.get(), values.get(1)) < 0;
        }
        return super.test(op, key, actual, values);
    }

    /** Several filters keep the jobs matching any of them: the page does not say how filters combine. */
    @Override
    protected boolean matchesAll(List<HbrFilter> filters, DatasetRecord job) {
        return filters.isEmpty() || filters.stream().anyMatch(f -> matches(f, job));
    }

    /** An integer parameter read leniently: "1.5" is 1, anything that is not a number is absent. */
    static Optional<Integer> lenientInt(RpcRequest request, String name) {
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
}
