package io.restorekit.reference;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cloud Backup (HBR, 2017-09-08) {@code DescribeRestoreJobs2}, computed from the dataset: edition and restore type
 * restrict the jobs, every filter must hold (AND), the result is ordered by {@link #order()} and paged from 1.
 * Each documented rule is one protected method, so a faulty variant overrides exactly one.
 */
public class HbrRestoreJobsBehaviour extends ActionBehaviour {
    public static final String ACTION = "DescribeRestoreJobs2";
    public static final String VERSION = "2017-09-08";
    public static final List<String> RESTORE_TYPES =
            List.of("ECS_FILE", "OSS", "NAS", "COMMON_FILE_SYSTEM", "OTS_TABLE", "UDM_ECS_ROLLBACK");
    public static final List<String> EDITIONS = List.of("BASIC", "STANDARD");

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,18}");

    protected final List<DatasetRecord> jobs;

    public HbrRestoreJobsBehaviour(List<DatasetRecord> jobs) {
        this.jobs = List.copyOf(jobs);
    }

    @Override
    public String product() {
        return "hbr";
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public ObjectNode success(RpcRequest request, String requestId) {
        int pageNumber = pageNumber(request);
        int pageSize = pageSize(request);
        String restoreType = enumParam(request, "RestoreType", RESTORE_TYPES, null);
        String edition = enumParam(request, "Edition", EDITIONS, defaultEdition());
        List<HbrFilter> filters = filters(request);
        List<DatasetRecord> matching = jobs.stream()
                .filter(job -> hasEdition(job, edition))
                .filter(job -> restoreType == null || hasRestoreType(job, restoreType))
                .filter(job -> matchesAll(filters, job))
                .sorted(order())
                .toList();
        List<DatasetRecord> page = page(matching, pageNumber, pageSize);
        return envelope(requestId, pageNumber, pageSize, matching.size(), page);
    }

    // ---- paging ----------------------------------------------------------------------------------------------

    protected int defaultPageNumber() {
        return 1;
    }

    protected int defaultPageSize() {
        return 10;
    }

    /** Pages start from 1: page N of size S holds items S×(N−1)+1 … S×N of the ordered listing; empty past the end. */
    protected List<DatasetRecord> page(List<DatasetRecord> ordered, int pageNumber, int pageSize) {
        return slice(ordered, (long) (pageNumber - 1) * pageSize, pageSize);
    }

    /** Pages start from 1. */
    protected boolean isValidPageNumber(int pageNumber) {
        return pageNumber >= 1;
    }

    /** 1 to 99. */
    protected boolean isValidPageSize(int pageSize) {
        return pageSize >= 1 && pageSize <= 99;
    }

    protected int pageNumber(RpcRequest request) {
        int n = intParam(request, "PageNumber", defaultPageNumber());
        if (!isValidPageNumber(n)) {
            throw ApiException.invalidParameter("PageNumber", n + " is out of range: pages start from 1");
        }
        return n;
    }

    protected int pageSize(RpcRequest request) {
        int n = intParam(request, "PageSize", defaultPageSize());
        if (!isValidPageSize(n)) {
            throw ApiException.invalidParameter("PageSize", n + " is out of range: valid values are 1 to 99");
        }
        return n;
    }

    // ---- restrictions ----------------------------------------------------------------------------------------

    protected String defaultEdition() {
        return "STANDARD";
    }

    /** Edition is a hidden attribute of the record ({@code hidden.edition}), never a response field. */
    protected boolean hasEdition(DatasetRecord job, String edition) {
        return job.hiddenText("edition").map(edition::equals).orElse(false);
    }

    protected boolean hasRestoreType(DatasetRecord job, String restoreType) {
        return job.itemText("RestoreType").map(restoreType::equals).orElse(false);
    }

    // ---- filters ---------------------------------------------------------------------------------------------

    protected FilterOperator defaultOperator() {
        return FilterOperator.IN;
    }

    protected List<HbrFilter> filters(RpcRequest request) {
        List<HbrFilter> out = new ArrayList<>();
        for (FlatFilterParser.RawFilter raw : FlatFilterParser.parse(request.params())) {
            String prefix = "Filters." + raw.index() + ".";
            if (raw.key() == null) {
                throw ApiException.invalidParameter(prefix + "Key", "a filter needs a Key");
            }
            FilterKey key = FilterKey.named(raw.key()).orElseThrow(() -> ApiException.invalidParameter(prefix + "Key",
                    "'" + raw.key() + "' is not one of " + Arrays.toString(FilterKey.values())));
            FilterOperator operator = raw.operator() == null ? defaultOperator()
                    : FilterOperator.named(raw.operator()).orElseThrow(() -> ApiException.invalidParameter(
                            prefix + "Operator", "'" + raw.operator() + "' is not one of "
                                    + Arrays.toString(FilterOperator.values())));
            HbrFilter filter = new HbrFilter(raw.index(), key, operator, raw.values());
            validate(filter);
            out.add(filter);
        }
        return out;
    }

    /** IN is not supported with CompleteTime; value counts per operator; CompleteTime values must be numbers. */
    protected void validate(HbrFilter f) {
        String prefix = "Filters." + f.index() + ".";
        if (f.key() == FilterKey.CompleteTime && f.operator() == FilterOperator.IN) {
            throw ApiException.invalidParameter(prefix + "Operator", "IN is not supported with the key CompleteTime");
        }
        int n = f.values().size();
        if (n < f.operator().minValues() || n > f.operator().maxValues()) {
            String expected = f.operator() == FilterOperator.BETWEEN ? "exactly two values (lower, upper limit)"
                    : f.operator() == FilterOperator.IN ? "at least one value" : "exactly one value";
            throw ApiException.invalidParameter(prefix + "Values", f.operator() + " takes " + expected + ", got " + n);
        }
        if (f.key().numeric()) {
            for (String v : f.values()) {
                if (!NUMBER.matcher(v).matches()) {
                    throw ApiException.invalidParameter(prefix + "Values",
                            "'" + v + "' is not a UNIX timestamp in seconds");
                }
            }
        }
    }

    /** The job's value for a key (see {@link FilterKey} for the key → field mapping). */
    protected Optional<String> fieldValue(DatasetRecord job, FilterKey key) {
        return key.valueOf(job);
    }

    /** Several filters combine with AND: a job must match every one. */
    protected boolean matchesAll(List<HbrFilter> filters, DatasetRecord job) {
        return filters.stream().allMatch(f -> matches(f, job));
    }

    protected boolean matches(HbrFilter f, DatasetRecord job) {
        return test(f.operator(), f.key(), fieldValue(job, f.key()), f.values());
    }

    /**
     * Operator semantics. A job without a value for the key (e.g. {@code Bucket} of an ECS job) matches nothing
     * except NOT_EQUAL, which is the exact complement of EQUAL.
     */
    protected boolean test(FilterOperator op, FilterKey key, Optional<String> actual, List<String> values) {
        if (actual.isEmpty()) {
            return op == FilterOperator.NOT_EQUAL;
        }
        String a = actual.get();
        return switch (op) {
            case EQUAL -> compare(key, a, values.get(0)) == 0;
            case NOT_EQUAL -> compare(key, a, values.get(0)) != 0;
            case GREATER_THAN -> compare(key, a, values.get(0)) > 0;
            case GREATER_THAN_OR_EQUAL -> compare(key, a, values.get(0)) >= 0;
            case LESS_THAN -> compare(key, a, values.get(0)) < 0;
            case LESS_THAN_OR_EQUAL -> compare(key, a, values.get(0)) <= 0;
            case BETWEEN -> compare(key, a, values.get(0)) >= 0 && compare(key, a, values.get(1)) <= 0;
            case IN -> values.stream().anyMatch(v -> compare(key, a, v) == 0);
        };
    }

    /** CompleteTime numerically, every other key as a string (lexicographic, case-sensitive). */
    protected int compare(FilterKey key, String actual, String value) {
        return key.numeric() ? Long.compare(Long.parseLong(actual), Long.parseLong(value)) : actual.compareTo(value);
    }

    // ---- answer ----------------------------------------------------------------------------------------------

    /** CreatedTime descending (newest first), then RestoreId ascending: a total, stable order. */
    protected Comparator<DatasetRecord> order() {
        return Comparator.comparingLong((DatasetRecord r) -> r.itemLong("CreatedTime")).reversed()
                .thenComparing(r -> r.itemText("RestoreId").orElse(""));
    }

    protected ObjectNode envelope(String requestId, int pageNumber, int pageSize, int totalCount,
                                  List<DatasetRecord> page) {
        ObjectNode body = Json.object();
        body.put("RequestId", requestId);
        body.put("Success", true);
        body.put("Code", "200");
        body.put("Message", "successful");
        body.put("PageNumber", pageNumber);
        body.put("PageSize", pageSize);
        body.put("TotalCount", totalCount);
        ArrayNode list = body.putObject("RestoreJobs").putArray("RestoreJob");
        page.forEach(job -> list.add(job.item().deepCopy()));
        return body;
    }
}
