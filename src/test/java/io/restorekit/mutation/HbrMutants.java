package io.restorekit.mutation;

import static io.restorekit.mutation.ClauseFamily.BOUNDS_AND_DEFAULTS;
import static io.restorekit.mutation.ClauseFamily.ECHOES;
import static io.restorekit.mutation.ClauseFamily.ENVELOPE;
import static io.restorekit.mutation.ClauseFamily.ERROR_SHAPES;
import static io.restorekit.mutation.ClauseFamily.FILTER_KEYS;
import static io.restorekit.mutation.ClauseFamily.FILTER_OPERATORS;
import static io.restorekit.mutation.ClauseFamily.ITEM_FIELDS;
import static io.restorekit.mutation.ClauseFamily.PAGING;
import static io.restorekit.mutation.ClauseFamily.PROTOCOL;
import static io.restorekit.mutation.ClauseFamily.RESTORE_TYPE_EDITION;
import static io.restorekit.mutation.ClauseFamily.WRAPPERS;
import static io.restorekit.mutation.Variants.fieldIs;
import static io.restorekit.mutation.Variants.has;
import static io.restorekit.mutation.Variants.hbr;
import static io.restorekit.mutation.Variants.hbrEnvelope;
import static io.restorekit.mutation.Variants.hbrError;
import static io.restorekit.mutation.Variants.hbrItems;
import static io.restorekit.mutation.Variants.hbrRules;
import static io.restorekit.mutation.Variants.selectionIgnored;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.reference.engine.ApiException;
import io.restorekit.reference.engine.BehaviourSet;
import io.restorekit.reference.engine.DatasetRecord;
import io.restorekit.reference.engine.ListingBehaviour;
import io.restorekit.reference.engine.ListingFilter;
import io.restorekit.reference.engine.RpcRequest;
import io.restorekit.reference.rules.ApiRules;
import io.restorekit.reference.rules.FilterOperator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/** Mutants of Cloud Backup DescribeRestoreJobs2, one documented clause of the seed page 000_3047ce2f2f763c6a.txt each. */
final class HbrMutants {
    private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");

    private HbrMutants() {
    }

    static List<Mutant> all() {
        List<Mutant> all = new ArrayList<>();
        all.addAll(paging());
        all.addAll(restrictions());
        all.addAll(operators());
        all.addAll(keys());
        all.addAll(envelope());
        all.addAll(items());
        all.addAll(errorsAndProtocol());
        return all;
    }

    // ---- "PageNumber … Pages start from page 1. Default value: 1." / "PageSize … Valid values: 1 to 99. Default value: 10."

    static List<Mutant> paging() {
        return List.of(
                new Mutant(BOUNDS_AND_DEFAULTS, "HBR.PageSize", "PageSize 100 accepted (1 to 100)", hbrRules(r -> r.with("/paging/size/max", 100))),
                new Mutant(BOUNDS_AND_DEFAULTS, "HBR.PageSize", "PageSize 0 accepted (0 to 99)", hbrRules(r -> r.with("/paging/size/min", 0))),
                new Mutant(BOUNDS_AND_DEFAULTS, "HBR.PageSize", "PageSize 99 rejected (1 to 98)", hbrRules(r -> r.with("/paging/size/max", 98))),
                new Mutant(BOUNDS_AND_DEFAULTS, "HBR.PageSize", "PageSize 1.5 read as 1 (decimals truncated)", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected int intParam(RpcRequest request, String name, int defaultValue) {
                        Optional<String> raw = request.param(name);
                        if (raw.isPresent() && DECIMAL.matcher(raw.get()).matches()) {
                            return (int) Double.parseDouble(raw.get());
                        }
                        return super.intParam(request, name, defaultValue);
                    }
                })),
                new Mutant(BOUNDS_AND_DEFAULTS, "HBR.PageSize.Default", "default PageSize 20", hbrRules(r -> r.with("/paging/size/default", 20))),
                new Mutant(BOUNDS_AND_DEFAULTS, "HBR.PageNumber.Default", "default PageNumber 2", hbrRules(r -> r.with("/paging/page/default", 2))),
                new Mutant(BOUNDS_AND_DEFAULTS, "HBR.PageNumber", "PageNumber 0 and below read as page 1", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected int pageNumber(RpcRequest request) {
                        return Math.max(1, intParam(request, "PageNumber", defaultPageNumber()));
                    }
                })),
                new Mutant(ECHOES, "HBR.PageNumber", "PageNumber always echoed as 1", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected ObjectNode envelope(String id, int pageNumber, int pageSize, int total, List<DatasetRecord> page) {
                        return super.envelope(id, 1, pageSize, total, page);
                    }
                })),
                new Mutant(ECHOES, "HBR.PageSize", "PageSize echoed as the number of jobs on the page", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected ObjectNode envelope(String id, int pageNumber, int pageSize, int total, List<DatasetRecord> page) {
                        return super.envelope(id, pageNumber, Math.max(1, page.size()), total, page);
                    }
                })).alsoJudgedBy("only a page shorter than the size asked for shows it, and the scenario echoing PageNumber and"
                        + " PageSize together (tagged HBR.PageNumber) asks for one: PageNumber 3, PageSize 99", "HBR.PageNumber"),
                new Mutant(ECHOES, "HBR.PageSize", "PageSize echoed as the default 10 whatever was asked", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected ObjectNode envelope(String id, int pageNumber, int pageSize, int total, List<DatasetRecord> page) {
                        return super.envelope(id, pageNumber, 10, total, page);
                    }
                })),
                new Mutant(PAGING, "HBR.Paging.Walk", "pages start from 0 (PageNumber 1 is the second page)", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected List<DatasetRecord> page(List<DatasetRecord> ordered, int pageNumber, int pageSize) {
                        return super.page(ordered, pageNumber + 1, pageSize);
                    }
                })),
                new Mutant(PAGING, "HBR.Paging.Walk", "the last page repeats the previous page's last job", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected List<DatasetRecord> page(List<DatasetRecord> ordered, int pageNumber, int pageSize) {
                        long from = (long) (pageNumber - 1) * pageSize;
                        boolean last = from > 0 && from < ordered.size() && from + pageSize >= ordered.size();
                        return last ? ordered.subList((int) from - 1, ordered.size()) : super.page(ordered, pageNumber, pageSize);
                    }
                })),
                new Mutant(PAGING, "HBR.Paging.Walk", "consecutive pages overlap by one job", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected List<DatasetRecord> page(List<DatasetRecord> ordered, int pageNumber, int pageSize) {
                        int from = Math.max(0, (pageNumber - 1) * (pageSize - 1));
                        return from >= ordered.size() ? List.of() : ordered.subList(from, Math.min(ordered.size(), from + pageSize));
                    }
                })),
                new Mutant(PAGING, "HBR.Paging.Walk", "order depends on the page size (RestoreId order below 50)", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected List<DatasetRecord> page(List<DatasetRecord> ordered, int pageNumber, int pageSize) {
                        List<DatasetRecord> byId = ordered.stream()
                                .sorted(Comparator.comparing((DatasetRecord r) -> r.itemText("RestoreId").orElse(""))).toList();
                        return super.page(pageSize < 50 ? byId : ordered, pageNumber, pageSize);
                    }
                })),
                new Mutant(PAGING, "HBR.Paging.Walk", "each page sorted on its own after slicing an unsorted listing", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected List<DatasetRecord> page(List<DatasetRecord> ordered, int pageNumber, int pageSize) {
                        List<DatasetRecord> unsorted = ordered.stream()
                                .sorted(Comparator.comparing((DatasetRecord r) -> r.itemText("SnapshotId").orElse(""))).toList();
                        return super.page(unsorted, pageNumber, pageSize).stream().sorted(order()).toList();
                    }
                })),
                new Mutant(PAGING, "HBR.Paging.PastTheEnd", "a page past the end repeats the last page", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected List<DatasetRecord> page(List<DatasetRecord> ordered, int pageNumber, int pageSize) {
                        int lastPage = Math.max(1, (ordered.size() + pageSize - 1) / pageSize);
                        return super.page(ordered, Math.min(pageNumber, lastPage), pageSize);
                    }
                })),
                new Mutant(PAGING, "HBR.Paging.Walk", "a page holds one job more than PageSize", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected List<DatasetRecord> page(List<DatasetRecord> ordered, int pageNumber, int pageSize) {
                        return super.page(ordered, pageNumber, pageSize + 1);
                    }
                })),
                new Mutant(PAGING, "HBR.Paging.PastTheEnd", "a page past the end refused with an error", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected List<DatasetRecord> page(List<DatasetRecord> ordered, int pageNumber, int pageSize) {
                        if ((long) (pageNumber - 1) * pageSize >= ordered.size() && pageNumber > 1) {
                            throw ApiException.invalidParameter("PageNumber", pageNumber + " is past the last page");
                        }
                        return super.page(ordered, pageNumber, pageSize);
                    }
                })),
                new Mutant(PAGING, "HBR.Paging.Walk", "TotalCount is the page size", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected ObjectNode envelope(String id, int pageNumber, int pageSize, int total, List<DatasetRecord> page) {
                        return super.envelope(id, pageNumber, pageSize, pageSize, page);
                    }
                })),
                new Mutant(PAGING, "HBR.Paging.Walk", "TotalCount is the number of jobs on the page", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected ObjectNode envelope(String id, int pageNumber, int pageSize, int total, List<DatasetRecord> page) {
                        return super.envelope(id, pageNumber, pageSize, page.size(), page);
                    }
                })),
                new Mutant(PAGING, "HBR.Paging.Walk", "TotalCount one more than the jobs there are", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected ObjectNode envelope(String id, int pageNumber, int pageSize, int total, List<DatasetRecord> page) {
                        return super.envelope(id, pageNumber, pageSize, total + 1, page);
                    }
                })));
    }

    // ---- RestoreType and Edition

    static List<Mutant> restrictions() {
        return List.of(
                new Mutant(RESTORE_TYPE_EDITION, "HBR.RestoreType", "RestoreType ignored", selectionIgnored("hbr", "RestoreType")),
                new Mutant(RESTORE_TYPE_EDITION, "HBR.RestoreType", "RestoreType compared with the job's SourceType",
                        hbrRules(r -> r.with("/selections/RestoreType/field", "/item/SourceType"))),
                new Mutant(RESTORE_TYPE_EDITION, "HBR.RestoreType", "RestoreType values case-insensitive (ecs_file accepted)",
                        hbrRules(r -> r.with("/selections/RestoreType/caseSensitive", false))),
                new Mutant(RESTORE_TYPE_EDITION, "HBR.RestoreType", "undocumented RestoreType accepted (lists nothing)",
                        hbrRules(r -> r.with("/selections/RestoreType/unknownValues", "selectNothing"))),
                new Mutant(RESTORE_TYPE_EDITION, "HBR.RestoreType", "RestoreType ignored when Filters are given", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected String enumParam(RpcRequest request, ApiRules.SelectionRule rule) {
                        boolean filtered = request.params().keySet().stream().anyMatch(k -> k.startsWith("Filters."));
                        return filtered && rule.param().equals("RestoreType") ? null : super.enumParam(request, rule);
                    }
                })),
                new Mutant(RESTORE_TYPE_EDITION, "HBR.RestoreType", "Filters ignored when a RestoreType is given", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected List<ListingFilter> filters(RpcRequest request) {
                        return request.param("RestoreType").isPresent() ? List.of() : super.filters(request);
                    }
                })),
                new Mutant(RESTORE_TYPE_EDITION, "HBR.Edition", "Edition ignored", selectionIgnored("hbr", "Edition")),
                new Mutant(RESTORE_TYPE_EDITION, "HBR.Edition.Default", "default Edition BASIC",
                        hbrRules(r -> r.with("/selections/Edition/default", "BASIC"))),
                new Mutant(RESTORE_TYPE_EDITION, "HBR.Edition.Default", "no Edition lists the jobs of every edition",
                        hbrRules(r -> r.without("/selections/Edition/default"))),
                new Mutant(RESTORE_TYPE_EDITION, "HBR.Edition", "undocumented Edition accepted (PREMIUM lists nothing)",
                        hbrRules(r -> r.with("/selections/Edition/unknownValues", "selectNothing"))));
    }

    // ---- "Operator … Default value: IN. Valid values: EQUAL, NOT_EQUAL, …" / "The IN operator is not supported …"

    /** How one operator judges a job, given {@code cmp(v)} = the job's value compared with {@code v}. */
    interface OperatorRule {
        boolean keeps(ToIntFunction<String> cmp, List<String> values);
    }

    static Function<ReferenceServer, BehaviourSet> operator(FilterOperator op, OperatorRule rule) {
        return hbr(b -> new ListingBehaviour(b) {
            @Override
            protected boolean test(FilterOperator o, ApiRules.FilterKeyRule key, Optional<String> actual, List<String> values) {
                if (o == op && actual.isPresent()) {
                    return rule.keeps(v -> compare(key, actual.get(), v), values);
                }
                return super.test(o, key, actual, values);
            }
        });
    }

    static List<Mutant> operators() {
        String c = "HBR.Filters.Operator";
        return List.of(
                new Mutant(FILTER_OPERATORS, c, "GREATER_THAN inclusive", operator(FilterOperator.GREATER_THAN, (cmp, v) -> cmp.applyAsInt(v.get(0)) >= 0)),
                new Mutant(FILTER_OPERATORS, c, "GREATER_THAN_OR_EQUAL strict", operator(FilterOperator.GREATER_THAN_OR_EQUAL, (cmp, v) -> cmp.applyAsInt(v.get(0)) > 0)),
                new Mutant(FILTER_OPERATORS, c, "LESS_THAN inclusive", operator(FilterOperator.LESS_THAN, (cmp, v) -> cmp.applyAsInt(v.get(0)) <= 0)),
                new Mutant(FILTER_OPERATORS, c, "LESS_THAN_OR_EQUAL strict", operator(FilterOperator.LESS_THAN_OR_EQUAL, (cmp, v) -> cmp.applyAsInt(v.get(0)) < 0)),
                new Mutant(FILTER_OPERATORS, c, "BETWEEN exclusive of the upper limit", operator(FilterOperator.BETWEEN, (cmp, v) -> cmp.applyAsInt(v.get(0)) >= 0 && cmp.applyAsInt(v.get(1)) < 0)),
                new Mutant(FILTER_OPERATORS, c, "BETWEEN exclusive of the lower limit", operator(FilterOperator.BETWEEN, (cmp, v) -> cmp.applyAsInt(v.get(0)) > 0 && cmp.applyAsInt(v.get(1)) <= 0)),
                new Mutant(FILTER_OPERATORS, c, "BETWEEN reads Values as upper, then lower limit", operator(FilterOperator.BETWEEN, (cmp, v) -> cmp.applyAsInt(v.get(1)) >= 0 && cmp.applyAsInt(v.get(0)) <= 0)),
                new Mutant(FILTER_OPERATORS, c, "EQUAL ignored (keeps every job)", operator(FilterOperator.EQUAL, (cmp, v) -> true)),
                new Mutant(FILTER_OPERATORS, c, "NOT_EQUAL ignored (keeps every job)", operator(FilterOperator.NOT_EQUAL, (cmp, v) -> true)),
                new Mutant(FILTER_OPERATORS, c, "NOT_EQUAL means EQUAL", operator(FilterOperator.NOT_EQUAL, (cmp, v) -> cmp.applyAsInt(v.get(0)) == 0)),
                new Mutant(FILTER_OPERATORS, c, "IN keeps only the first value", operator(FilterOperator.IN, (cmp, v) -> cmp.applyAsInt(v.get(0)) == 0)),
                new Mutant(FILTER_OPERATORS, "HBR.Filters.Key", "NOT_EQUAL drops the jobs that lack the key's field",
                        hbrRules(r -> r.with("/filters/missingFieldMatches", List.of()))),
                new Mutant(FILTER_OPERATORS, "HBR.Filters.Operator.Default", "no Operator means EQUAL on the first value", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected List<ListingFilter> filters(RpcRequest request) {
                        return super.filters(request).stream().map(f -> request.param("Filters." + f.index() + ".Operator").isPresent() ? f
                                : new ListingFilter(f.index(), f.key(), FilterOperator.EQUAL, f.values().subList(0, 1))).toList();
                    }
                })),
                new Mutant(FILTER_OPERATORS, "HBR.Filters.Operator.Default", "default Operator EQUAL (several values rejected)",
                        hbrRules(r -> r.with("/filters/defaultOperator", "EQUAL"))),
                new Mutant(FILTER_OPERATORS, "HBR.Filters.Combined", "several filters ORed", hbrRules(r -> r.with("/filters/combine", "any"))),
                new Mutant(FILTER_OPERATORS, "HBR.Filters.Combined", "only the first filter applied", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected boolean matchesAll(List<ListingFilter> filters, DatasetRecord job) {
                        return super.matchesAll(filters.stream().limit(1).toList(), job);
                    }
                })),
                new Mutant(FILTER_OPERATORS, "HBR.Filters.CompleteTime.NoIn", "a CompleteTime filter without Operator read as EQUAL, not the unsupported default IN",
                        hbrRules(r -> r.with("/filters/keys/CompleteTime/defaultOperator", "EQUAL"))),
                new Mutant(FILTER_OPERATORS, "HBR.Filters.CompleteTime.NoIn", "IN accepted with CompleteTime",
                        hbrRules(r -> r.without("/filters/keys/CompleteTime/forbiddenOperators"))),
                new Mutant(FILTER_OPERATORS, c, "an undocumented Operator read as EQUAL", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected List<ListingFilter> filters(RpcRequest request) {
                        Map<String, String> params = new LinkedHashMap<>(request.params());
                        params.replaceAll((k, v) -> k.matches("Filters\\.\\d+\\.Operator") && FilterOperator.named(v).isEmpty() ? "EQUAL" : v);
                        return super.filters(new RpcRequest(request.method(), request.action(), request.version(), params, request.host()));
                    }
                })),
                new Mutant(FILTER_OPERATORS, c, "CompleteTime compared as text, not as a number", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected int compare(ApiRules.FilterKeyRule key, String actual, String value) {
                        return actual.compareTo(value);
                    }
                })).equivalent("Every CompleteTime the docs allow (UNIX seconds, 2001-09-09 to 2286-11-20) has ten digits, so text"
                        + " order equals numeric order for every value a job or a picked filter value can hold; only an"
                        + " undocumented value (a negative or a short number) could tell them apart."));
    }

    // ---- "Key — The key of the filter. Valid values: RegionId, PlanId, JobId, VaultId, InstanceId, Bucket, FileSystemId, Status, CompleteTime"

    /** The page's list of filter keys, as its Key row names them. */
    static final List<String> FILTER_KEY_NAMES = List.of("RegionId", "PlanId", "JobId", "VaultId", "InstanceId", "Bucket",
            "FileSystemId", "Status", "CompleteTime");

    static Mutant keyIgnored(String ignored) {
        return new Mutant(FILTER_KEYS, "HBR.Filters.Key", "filter key " + ignored + " ignored", hbr(b -> new ListingBehaviour(b) {
            @Override
            protected boolean matches(ListingFilter f, DatasetRecord job) {
                return f.key().name().equals(ignored) || super.matches(f, job);
            }
        }));
    }

    static List<Mutant> keys() {
        List<Mutant> out = new ArrayList<>();
        for (String key : FILTER_KEY_NAMES) {
            out.add(keyIgnored(key));
        }
        out.add(new Mutant(FILTER_KEYS, "HBR.Filters.Key", "an undocumented filter key ignored",
                hbrRules(r -> r.with("/filters/unknownKey", "ignore"))));
        out.add(new Mutant(FILTER_KEYS, "HBR.Filters.Key", "InstanceId matched on SourceInstanceId instead of TargetInstanceId",
                hbrRules(r -> r.with("/filters/keys/InstanceId/field", "/item/SourceInstanceId")))
                .equivalent("The docs say only \"InstanceId: the ID of the ECS instance\"; a restore job names both a source and a"
                + " target instance, so either reading conforms. The kit judges InstanceId by partition and no-match"
                + " checks only, which both readings pass."));
        return out;
    }

    // ---- "Response elements": the envelope

    static Mutant absent(String field) {
        return new Mutant(ENVELOPE, "HBR.Response.Envelope", field + " missing from a success answer",
                hbrEnvelope(body -> body.remove(field)));
    }

    static Mutant retyped(String field, String as) {
        return new Mutant(ENVELOPE, "HBR.Response.Envelope", field + " sent as " + as, hbrEnvelope(body -> Variants.retype(body, field)));
    }

    static List<Mutant> envelope() {
        List<Mutant> out = new ArrayList<>();
        for (String field : List.of("RequestId", "Success", "Code", "Message", "PageNumber", "PageSize", "TotalCount", "RestoreJobs")) {
            out.add(absent(field));
        }
        out.add(retyped("RequestId", "a number"));
        out.add(retyped("Success", "a string (\"true\")"));
        out.add(retyped("Code", "a number"));
        out.add(retyped("Message", "a number"));
        out.add(retyped("PageNumber", "a string"));
        out.add(retyped("PageSize", "a string"));
        out.add(retyped("TotalCount", "a string"));
        out.add(retyped("RestoreJobs", "a JSON text in a string"));
        out.add(new Mutant(ENVELOPE, "HBR.Response.Envelope", "Code \"0\" on success", hbrEnvelope(body -> body.put("Code", "0"))));
        out.add(new Mutant(ENVELOPE, "HBR.Response.Envelope", "Message \"success\" instead of \"successful\"", hbrEnvelope(body -> body.put("Message", "success"))));
        out.add(new Mutant(WRAPPERS, "HBR.Response.Items", "RestoreJobs wrapper missing: RestoreJob at the top level", hbrEnvelope(body -> {
            JsonNode list = body.remove("RestoreJobs").get("RestoreJob");
            body.set("RestoreJob", list);
        })));
        out.add(new Mutant(WRAPPERS, "HBR.Response.Items", "RestoreJobs is the plain array, no RestoreJob member", hbrEnvelope(body ->
                body.set("RestoreJobs", body.get("RestoreJobs").get("RestoreJob")))));
        out.add(new Mutant(WRAPPERS, "HBR.Response.Items", "a one-job page holds RestoreJob as an object, not an array", hbrEnvelope(body -> {
            ObjectNode wrapper = (ObjectNode) body.get("RestoreJobs");
            if (wrapper.get("RestoreJob").size() == 1) {
                wrapper.set("RestoreJob", wrapper.get("RestoreJob").get(0));
            }
        })).alsoJudgedBy("only a one-job page shows it, and the HBR.Response.Items scenarios list longer pages: the PageSize 1"
                + " scenario gets one, and every answer is checked against the response schema", "HBR.PageSize"));
        return out;
    }

    // ---- "Response elements": the restore jobs

    static List<Mutant> items() {
        String ts = "HBR.Response.Timestamps";
        return List.of(
                new Mutant(ITEM_FIELDS, "HBR.Response.Items", "Status in lower case (complete)", hbrItems(has("Status"),
                        i -> i.put("Status", i.get("Status").asText().toLowerCase(java.util.Locale.ROOT)))),
                new Mutant(ITEM_FIELDS, "HBR.Response.Items", "SourceType FILE (no documented type)", hbrItems(fieldIs("SourceType", "ECS_FILE"),
                        i -> i.put("SourceType", "FILE"))),
                new Mutant(ITEM_FIELDS, "HBR.Response.Items", "SourceType UDM_ECS_ROLLBACK (a RestoreType value)", hbrItems(fieldIs("SourceType", "UDM_ECS"),
                        i -> i.put("SourceType", "UDM_ECS_ROLLBACK")))
                        .equivalent("The page lists UDM_ECS for SourceType but UDM_ECS_ROLLBACK for the same whole-instance"
                                + " restore as RestoreType (doc defect HBR-D06); the kit's tolerant reading accepts either list's"
                                + " value, so a whole-instance job reporting UDM_ECS_ROLLBACK breaks no clause it enforces."),
                new Mutant(ITEM_FIELDS, ts, "CompleteTime in milliseconds", hbrItems(has("CompleteTime"), i -> i.put("CompleteTime", i.get("CompleteTime").asLong() * 1000))),
                new Mutant(ITEM_FIELDS, ts, "CreatedTime in milliseconds", hbrItems(has("CreatedTime"), i -> i.put("CreatedTime", i.get("CreatedTime").asLong() * 1000))),
                new Mutant(ITEM_FIELDS, ts, "StartTime in milliseconds", hbrItems(has("StartTime"), i -> i.put("StartTime", i.get("StartTime").asLong() * 1000))),
                new Mutant(ITEM_FIELDS, ts, "TargetTime in milliseconds", hbrItems(has("TargetTime"), i -> i.put("TargetTime", i.get("TargetTime").asLong() * 1000))),
                new Mutant(ITEM_FIELDS, ts, "UpdatedTime in milliseconds", hbrItems(has("UpdatedTime"), i -> i.put("UpdatedTime", i.get("UpdatedTime").asLong() * 1000))),
                new Mutant(ITEM_FIELDS, "HBR.Response.JsonInString", "UdmDetail not JSON (key=value text)", hbrItems(has("UdmDetail"), i -> i.put("UdmDetail", "doCopy=true;doBackup=false"))),
                new Mutant(ITEM_FIELDS, "HBR.Response.JsonInString", "Options as a JSON object, not a string", hbrItems(has("Options"), i -> i.set("Options", Variants.parse(i.get("Options").asText())))),
                new Mutant(ITEM_FIELDS, "HBR.Response.JsonInString", "Include as a bare path, not a JSON list", hbrItems(has("Include"), i -> i.put("Include", "/home/alice/*.pdf"))),
                new Mutant(ITEM_FIELDS, "HBR.Response.TypeSpecificFields", "ActualItems on an OSS job", hbrItems(fieldIs("SourceType", "OSS"), i -> i.put("ActualItems", 6))),
                new Mutant(ITEM_FIELDS, "HBR.Response.TypeSpecificFields", "ItemsTotal on a NAS job", hbrItems(fieldIs("SourceType", "NAS"), i -> i.put("ItemsTotal", 10))),
                new Mutant(ITEM_FIELDS, "HBR.Response.TypeSpecificFields", "TargetBucket on a NAS job", hbrItems(fieldIs("SourceType", "NAS"), i -> i.put("TargetBucket", "kit-bucket"))),
                new Mutant(ITEM_FIELDS, "HBR.Response.TypeSpecificFields", "TargetPrefix on an ECS_FILE job", hbrItems(fieldIs("SourceType", "ECS_FILE"), i -> i.put("TargetPrefix", "/kit"))),
                new Mutant(ITEM_FIELDS, "HBR.Response.TypeSpecificFields", "TargetFileSystemId on an OSS job", hbrItems(fieldIs("SourceType", "OSS"), i -> i.put("TargetFileSystemId", "0be9kit"))),
                new Mutant(ITEM_FIELDS, "HBR.Response.TypeSpecificFields", "TargetCreateTime on an OTS_TABLE job", hbrItems(fieldIs("SourceType", "OTS_TABLE"), i -> i.put("TargetCreateTime", 1634714531))),
                new Mutant(ITEM_FIELDS, "HBR.Response.Metering", "MeteringBytesDone of ARCHIVE jobs in exact bytes, not rounded up to 1 MB",
                        hbrItems(fieldIs("StorageClass", "ARCHIVE").and(has("MeteringBytesDone")), i -> i.put("MeteringBytesDone", i.get("MeteringBytesDone").asLong() - 1))),
                new Mutant(ITEM_FIELDS, "HBR.Response.Metering", "MeteringBytesTotal of ARCHIVE jobs rounded to 1 KB",
                        hbrItems(fieldIs("StorageClass", "ARCHIVE").and(has("MeteringBytesTotal")), i -> i.put("MeteringBytesTotal", i.get("MeteringBytesTotal").asLong() - 1024))),
                new Mutant(ITEM_FIELDS, "HBR.Response.Progress", "Progress 10001 on finished jobs", hbrItems(fieldIs("Progress", "10000"), i -> i.put("Progress", 10001))),
                new Mutant(ITEM_FIELDS, "HBR.Response.Progress", "Progress as a percentage (100 means done)", hbrItems(has("Progress"), i -> i.put("Progress", i.get("Progress").asInt() / 100))),
                new Mutant(ITEM_FIELDS, "HBR.Response.Items", "ActualBytes, an integer, sent as a string", hbrItems(has("ActualBytes"), i -> Variants.retype(i, "ActualBytes"))),
                new Mutant(ITEM_FIELDS, "HBR.Response.Items", "OtsDetail.OverwriteExisting, a boolean, sent as a string", hbrItems(has("OtsDetail"),
                        i -> Variants.retype((ObjectNode) i.get("OtsDetail"), "OverwriteExisting"))),
                new Mutant(ITEM_FIELDS, "HBR.Response.Items", "RestoreId missing from every job", hbrItems(has("RestoreId"), i -> i.remove("RestoreId"))));
    }

    // ---- error answers and the protocol

    static List<Mutant> errorsAndProtocol() {
        return List.of(
                new Mutant(ERROR_SHAPES, "HBR.Error.Envelope", "error answer without Code", hbrError(body -> body.remove("Code"))),
                new Mutant(ERROR_SHAPES, "HBR.Error.Envelope", "error answer without Message", hbrError(body -> body.remove("Message"))),
                new Mutant(ERROR_SHAPES, "HBR.Error.Envelope", "error answer with an empty Code", hbrError(body -> body.put("Code", ""))),
                new Mutant(ERROR_SHAPES, "HBR.Error.Envelope", "error answer without RequestId", hbrError(body -> body.remove("RequestId"))),
                new Mutant(ERROR_SHAPES, "HBR.Error.Envelope", "error answer says Success true", hbrError(body -> body.put("Success", true))),
                new Mutant(ERROR_SHAPES, "HBR.Error.Code", "error answer says Code 200, the success code", hbrError(body -> body.put("Code", "200"))),
                new Mutant(ERROR_SHAPES, "HBR.Error.Envelope", "refused parameters answered HTTP 500 InternalError", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    public ObjectNode success(RpcRequest request, String requestId) {
                        try {
                            return super.success(request, requestId);
                        } catch (ApiException e) {
                            throw new ApiException(500, "InternalError", e.getMessage());
                        }
                    }
                })),
                new Mutant(PROTOCOL, "HBR.Protocol.UnknownAction", "any action starting with DescribeRestoreJobs2 answered like it", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    public boolean answers(String action, String version) {
                        return action != null && action.startsWith(rules.action()) && rules.version().equals(version);
                    }
                })),
                new Mutant(PROTOCOL, "HBR.Protocol.Version", "any Version accepted", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    public boolean answers(String action, String version) {
                        return rules.action().equals(action);
                    }
                })),
                new Mutant(PROTOCOL, "HBR.Request.Generated", "an empty RestoreType answered HTTP 500", hbr(b -> new ListingBehaviour(b) {
                    @Override
                    protected String enumParam(RpcRequest request, ApiRules.SelectionRule rule) {
                        if (request.param(rule.param()).filter(String::isEmpty).isPresent()) {
                            throw new ApiException(500, "InternalError", "empty " + rule.param());
                        }
                        return super.enumParam(request, rule);
                    }
                })));
    }
}
