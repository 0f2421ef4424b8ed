package io.restorekit.mutation;

import static io.restorekit.mutation.ClauseFamily.BOUNDS_AND_DEFAULTS;
import static io.restorekit.mutation.ClauseFamily.DBS_SELECTION;
import static io.restorekit.mutation.ClauseFamily.ECHOES;
import static io.restorekit.mutation.ClauseFamily.ENVELOPE;
import static io.restorekit.mutation.ClauseFamily.ERROR_SHAPES;
import static io.restorekit.mutation.ClauseFamily.ITEM_FIELDS;
import static io.restorekit.mutation.ClauseFamily.PAGING;
import static io.restorekit.mutation.ClauseFamily.PROTOCOL;
import static io.restorekit.mutation.ClauseFamily.WRAPPERS;
import static io.restorekit.mutation.Variants.dbs;
import static io.restorekit.mutation.Variants.dbsEnvelope;
import static io.restorekit.mutation.Variants.dbsError;
import static io.restorekit.mutation.Variants.dbsItems;
import static io.restorekit.mutation.Variants.dbsRules;
import static io.restorekit.mutation.Variants.has;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.reference.engine.ApiException;
import io.restorekit.reference.engine.DatasetRecord;
import io.restorekit.reference.engine.ListingBehaviour;
import io.restorekit.reference.engine.RpcRequest;
import io.restorekit.reference.rules.ApiRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Mutants of Database Backup DescribeRestoreTaskList, one documented clause of the seed page 002_8701cbfe4df35ac9.txt each. */
final class DbsMutants {
    private DbsMutants() {
    }

    static List<Mutant> all() {
        List<Mutant> all = new ArrayList<>();
        all.addAll(paging());
        all.addAll(selection());
        all.addAll(envelope());
        all.addAll(items());
        all.addAll(errorsAndProtocol());
        return all;
    }

    // ---- "PageSize … Valid values: 30, 50, 100. Default value: 30." / "PageNum … Default value: 0."

    static List<Mutant> paging() {
        return List.of(
                new Mutant(BOUNDS_AND_DEFAULTS, "DBS.PageSize", "PageSize 31 accepted (30 to 100)", dbs(b -> new ListingBehaviour(b) {
                    @Override
                    protected boolean isValidPageSize(int n) {
                        return n >= 30 && n <= 100;
                    }
                })),
                new Mutant(BOUNDS_AND_DEFAULTS, "DBS.PageSize", "any PageSize from 1 to 100 accepted", dbs(b -> new ListingBehaviour(b) {
                    @Override
                    protected boolean isValidPageSize(int n) {
                        return n >= 1 && n <= 100;
                    }
                })),
                new Mutant(BOUNDS_AND_DEFAULTS, "DBS.PageSize", "PageSize 50 rejected (30 and 100 only)", dbsRules(r -> r.with("/paging/size/values", List.of(30, 100)))),
                new Mutant(BOUNDS_AND_DEFAULTS, "DBS.PageSize.Default", "default PageSize 10", dbsRules(r -> r.with("/paging/size/default", 10))),
                new Mutant(BOUNDS_AND_DEFAULTS, "DBS.PageSize.Default", "default PageSize 50", dbsRules(r -> r.with("/paging/size/default", 50))),
                new Mutant(BOUNDS_AND_DEFAULTS, "DBS.PageNum.Default", "default PageNum 1 (the second page)", dbsRules(r -> r.with("/paging/page/default", 1))),
                new Mutant(BOUNDS_AND_DEFAULTS, "DBS.PageNum", "negative PageNum read as page 0", dbs(b -> new ListingBehaviour(b) {
                    @Override
                    protected int pageNumber(RpcRequest request) {
                        return Math.max(0, intParam(request, "PageNum", defaultPageNumber()));
                    }
                })),
                new Mutant(ECHOES, "DBS.PageNum", "PageNum echoed one higher (1-based echo)", dbs(b -> new ListingBehaviour(b) {
                    @Override
                    protected ObjectNode envelope(String id, int pageNum, int pageSize, int total, List<DatasetRecord> page) {
                        ObjectNode body = super.envelope(id, pageNum, pageSize, total, page);
                        body.put("PageNum", pageNum + 1);
                        return body;
                    }
                })),
                new Mutant(ECHOES, "DBS.PageSize", "PageSize always echoed as 30", dbs(b -> new ListingBehaviour(b) {
                    @Override
                    protected ObjectNode envelope(String id, int pageNum, int pageSize, int total, List<DatasetRecord> page) {
                        ObjectNode body = super.envelope(id, pageNum, pageSize, total, page);
                        body.put("PageSize", 30);
                        return body;
                    }
                })),
                new Mutant(PAGING, "DBS.Paging.Walk", "pages numbered from 1 (PageNum 0 and 1 both the first page)", dbs(b -> new ListingBehaviour(b) {
                    @Override
                    protected List<DatasetRecord> page(List<DatasetRecord> ordered, int pageNum, int pageSize) {
                        return super.page(ordered, Math.max(0, pageNum - 1), pageSize);
                    }
                })),
                new Mutant(PAGING, "DBS.Paging.Walk", "the last page repeats the previous page's last task", dbs(b -> new ListingBehaviour(b) {
                    @Override
                    protected List<DatasetRecord> page(List<DatasetRecord> ordered, int pageNum, int pageSize) {
                        long from = (long) pageNum * pageSize;
                        boolean last = from > 0 && from < ordered.size() && from + pageSize >= ordered.size();
                        return last ? ordered.subList((int) from - 1, ordered.size()) : super.page(ordered, pageNum, pageSize);
                    }
                })),
                new Mutant(PAGING, "DBS.Paging.Walk", "order depends on the page size (RestoreTaskId order below 100)", dbs(b -> new ListingBehaviour(b) {
                    @Override
                    protected List<DatasetRecord> page(List<DatasetRecord> ordered, int pageNum, int pageSize) {
                        List<DatasetRecord> byId = ordered.stream()
                                .sorted(Comparator.comparing((DatasetRecord r) -> r.itemText("RestoreTaskId").orElse(""))).toList();
                        return super.page(pageSize < 100 ? byId : ordered, pageNum, pageSize);
                    }
                })),
                new Mutant(PAGING, "DBS.Paging.Walk", "a page past the end repeats the last page", dbs(b -> new ListingBehaviour(b) {
                    @Override
                    protected List<DatasetRecord> page(List<DatasetRecord> ordered, int pageNum, int pageSize) {
                        int lastPage = Math.max(0, (ordered.size() + pageSize - 1) / pageSize - 1);
                        return super.page(ordered, Math.min(pageNum, lastPage), pageSize);
                    }
                })),
                new Mutant(PAGING, "DBS.TotalPages", "TotalPages rounded down", dbs(b -> new ListingBehaviour(b) {
                    @Override
                    protected int totalPages(int totalElements, int pageSize) {
                        return totalElements / pageSize;
                    }
                })),
                new Mutant(PAGING, "DBS.TotalPages", "TotalPages = TotalElements / PageSize + 1", dbs(b -> new ListingBehaviour(b) {
                    @Override
                    protected int totalPages(int totalElements, int pageSize) {
                        return totalElements / pageSize + 1;
                    }
                })),
                new Mutant(PAGING, "DBS.Paging.Walk", "TotalElements is the number of tasks on the page", dbs(b -> new ListingBehaviour(b) {
                    @Override
                    protected ObjectNode envelope(String id, int pageNum, int pageSize, int total, List<DatasetRecord> page) {
                        return super.envelope(id, pageNum, pageSize, page.size(), page);
                    }
                })),
                new Mutant(PAGING, "DBS.Paging.Walk", "TotalElements is the page size", dbs(b -> new ListingBehaviour(b) {
                    @Override
                    protected ObjectNode envelope(String id, int pageNum, int pageSize, int total, List<DatasetRecord> page) {
                        return super.envelope(id, pageNum, pageSize, pageSize, page);
                    }
                })));
    }

    // ---- "BackupPlanId", "RestoreTaskId … Separate multiple task IDs with commas (,)", "ClientToken … idempotency"

    static List<Mutant> selection() {
        return List.of(
                new Mutant(DBS_SELECTION, "DBS.BackupPlanId", "BackupPlanId ignored", dbsRules(r -> r.without("/selections/BackupPlanId"))),
                new Mutant(DBS_SELECTION, "DBS.RestoreTaskId", "RestoreTaskId ignored", dbsRules(r -> r.without("/selections/RestoreTaskId"))),
                new Mutant(DBS_SELECTION, "DBS.RestoreTaskId", "RestoreTaskId list not trimmed (\", \" fails)", dbsRules(r -> r.with("/selections/RestoreTaskId/trim", false))),
                new Mutant(DBS_SELECTION, "DBS.RestoreTaskId", "only the first id of a list", dbs(b -> new ListingBehaviour(b) {
                    @Override
                    protected Set<String> restriction(RpcRequest request, ApiRules.SelectionRule rule) {
                        return rule.param().equals("RestoreTaskId")
                                ? request.param("RestoreTaskId").map(s -> Set.of(s.split(",")[0].trim())).orElse(null)
                                : super.restriction(request, rule);
                    }
                })),
                new Mutant(DBS_SELECTION, "DBS.RestoreTaskId", "a whole list read as one id", dbsRules(r -> r.without("/selections/RestoreTaskId/separator"))),
                new Mutant(DBS_SELECTION, "DBS.RestoreTaskId", "an empty item between commas makes the list name no task", dbs(b -> new ListingBehaviour(b) {
                    @Override
                    protected Set<String> restriction(RpcRequest request, ApiRules.SelectionRule rule) {
                        String sent = request.param(rule.param()).orElse("");
                        return rule.param().equals("RestoreTaskId") && (sent.contains(",,") || sent.endsWith(","))
                                ? Set.of() : super.restriction(request, rule);
                    }
                })),
                new Mutant(DBS_SELECTION, "DBS.RestoreTaskId", "RestoreTaskId and BackupPlanId ORed", dbs(b -> new ListingBehaviour(b) {
                    @Override
                    protected boolean selected(DatasetRecord task, Map<ApiRules.SelectionRule, Set<String>> restrictions) {
                        if (restrictions.size() < 2) {
                            return super.selected(task, restrictions);
                        }
                        return restrictions.entrySet().stream().anyMatch(e -> super.selected(task, Map.of(e.getKey(), e.getValue())));
                    }
                })),
                new Mutant(DBS_SELECTION, "DBS.ClientToken", "a repeated ClientToken gets an empty listing", dbs(b -> new ListingBehaviour(b) {
                    private final Set<String> seen = ConcurrentHashMap.newKeySet();

                    @Override
                    public ObjectNode success(RpcRequest request, String requestId) {
                        String token = request.param("ClientToken").orElse(null);
                        if (token != null && !token.isEmpty() && !seen.add(token)) {
                            return envelope(requestId, pageNumber(request), pageSize(request), 0, List.of());
                        }
                        return super.success(request, requestId);
                    }
                })),
                new Mutant(DBS_SELECTION, "DBS.ClientToken", "a ClientToken's first answer replayed to every later call with it",
                        dbsRules(r -> r.with("/replay", Map.of("param", "ClientToken")))),
                new Mutant(DBS_SELECTION, "DBS.ClientToken", "ClientToken read as a BackupPlanId", dbs(b -> new ListingBehaviour(b) {
                    @Override
                    protected Set<String> restriction(RpcRequest request, ApiRules.SelectionRule rule) {
                        Set<String> plan = super.restriction(request, rule);
                        return plan != null || !rule.param().equals("BackupPlanId") ? plan
                                : request.param("ClientToken").filter(s -> !s.isEmpty()).map(Set::of).orElse(null);
                    }
                })));
    }

    // ---- "Response parameters": the envelope

    static List<Mutant> envelope() {
        List<Mutant> out = new ArrayList<>();
        for (String field : List.of("RequestId", "Success", "HttpStatusCode", "PageNum", "PageSize", "TotalElements", "TotalPages", "Items")) {
            out.add(new Mutant(ENVELOPE, "DBS.Response.Envelope", field + " missing from a success answer", dbsEnvelope(body -> body.remove(field))));
        }
        String[][] retyped = {{"RequestId", "a number"}, {"Success", "a string (\"true\")"}, {"HttpStatusCode", "a string"},
                {"PageNum", "a string"}, {"PageSize", "a string"}, {"TotalElements", "a string"}, {"TotalPages", "a string"},
                {"Items", "a JSON text in a string"}};
        for (String[] r : retyped) {
            out.add(new Mutant(ENVELOPE, "DBS.Response.Envelope", r[0] + " sent as " + r[1], dbsEnvelope(body -> Variants.retype(body, r[0]))));
        }
        out.add(new Mutant(ENVELOPE, "DBS.Response.Envelope", "HttpStatusCode 0 on success", dbsEnvelope(body -> body.put("HttpStatusCode", 0))));
        out.add(new Mutant(WRAPPERS, "DBS.Response.Items", "Items as a plain array (no RestoreTaskDetail member)", dbsEnvelope(body ->
                body.set("Items", body.get("Items").get("RestoreTaskDetail")))));
        out.add(new Mutant(WRAPPERS, "DBS.Response.Items", "Items wrapper missing: RestoreTaskDetail at the top level", dbsEnvelope(body -> {
            JsonNode list = body.remove("Items").get("RestoreTaskDetail");
            body.set("RestoreTaskDetail", list);
        })));
        return out;
    }

    // ---- "Response parameters": the restore tasks

    static List<Mutant> items() {
        String ts = "DBS.Response.Timestamps";
        return List.of(
                new Mutant(ITEM_FIELDS, "DBS.Response.Items", "RestoreStatus in upper case (RUNNING)", dbsItems(has("RestoreStatus"),
                        i -> i.put("RestoreStatus", i.get("RestoreStatus").asText().toUpperCase(Locale.ROOT)))),
                new Mutant(ITEM_FIELDS, "DBS.Response.Items", "RestoreStatus \"failed\" instead of the documented \"stop\"", dbsItems(Variants.fieldIs("RestoreStatus", "stop"),
                        i -> i.put("RestoreStatus", "failed"))),
                new Mutant(ITEM_FIELDS, ts, "RestoreTaskCreateTime in seconds", dbsItems(has("RestoreTaskCreateTime"),
                        i -> i.put("RestoreTaskCreateTime", i.get("RestoreTaskCreateTime").asLong() / 1000))),
                new Mutant(ITEM_FIELDS, ts, "RestoreTaskFinishTime in seconds", dbsItems(has("RestoreTaskFinishTime"),
                        i -> i.put("RestoreTaskFinishTime", i.get("RestoreTaskFinishTime").asLong() / 1000))),
                new Mutant(ITEM_FIELDS, ts, "RestoreTime in seconds", dbsItems(has("RestoreTime"), i -> i.put("RestoreTime", i.get("RestoreTime").asLong() / 1000))),
                new Mutant(ITEM_FIELDS, "DBS.Response.JsonInString", "RestoreObjects not JSON (a bare database name)", dbsItems(has("RestoreObjects"), i -> i.put("RestoreObjects", "test_db"))),
                new Mutant(ITEM_FIELDS, "DBS.Response.Items", "FullDataRestoreProgress, an integer, sent as a string", dbsItems(has("FullDataRestoreProgress"),
                        i -> Variants.retype(i, "FullDataRestoreProgress"))),
                new Mutant(ITEM_FIELDS, "DBS.Response.Items", "RestoreTaskId missing from every task", dbsItems(has("RestoreTaskId"), i -> i.remove("RestoreTaskId"))));
    }

    // ---- error answers and the protocol

    static List<Mutant> errorsAndProtocol() {
        return List.of(
                new Mutant(ERROR_SHAPES, "DBS.Error.Envelope", "error answer without any code (ErrCode, Code)", dbsError(body -> {
                    body.remove("ErrCode");
                    body.remove("Code");
                })),
                new Mutant(ERROR_SHAPES, "DBS.Error.Envelope", "error answer without any message (ErrMessage, Message)", dbsError(body -> {
                    body.remove("ErrMessage");
                    body.remove("Message");
                })),
                new Mutant(ERROR_SHAPES, "DBS.Error.Envelope", "error answer without RequestId", dbsError(body -> body.remove("RequestId"))),
                new Mutant(ERROR_SHAPES, "DBS.Error.Envelope", "error answer says Success true", dbsError(body -> body.put("Success", true))),
                new Mutant(ERROR_SHAPES, "DBS.Error.Envelope", "error answer's HttpStatusCode 200 under HTTP 400", dbsError(body -> body.put("HttpStatusCode", 200))),
                // Once declared equivalent; the page's own error fields are now a SHOULD clause (DBS.Error.Fields), so it warns.
                new Mutant(ERROR_SHAPES, "DBS.Error.Fields", "error answer without Success", dbsError(body -> body.remove("Success"))),
                new Mutant(ERROR_SHAPES, "DBS.Error.Fields", "error answer with only the common Code and Message, no ErrCode or ErrMessage",
                        dbsError(body -> {
                            body.put("Code", body.path("ErrCode").asText());
                            body.put("Message", body.path("ErrMessage").asText());
                            body.remove("ErrCode");
                            body.remove("ErrMessage");
                        })),
                new Mutant(ERROR_SHAPES, "DBS.Error.Fields", "error answer without HttpStatusCode", dbsError(body -> body.remove("HttpStatusCode"))),
                new Mutant(PROTOCOL, "DBS.Protocol.UnknownAction", "any action starting with DescribeRestoreTaskList answered like it", dbs(b -> new ListingBehaviour(b) {
                    @Override
                    public boolean answers(String action, String version) {
                        return action != null && action.startsWith(rules.action()) && rules.version().equals(version);
                    }
                })),
                new Mutant(PROTOCOL, "DBS.Protocol.Version", "any Version accepted", dbs(b -> new ListingBehaviour(b) {
                    @Override
                    public boolean answers(String action, String version) {
                        return rules.action().equals(action);
                    }
                })),
                new Mutant(PROTOCOL, "DBS.Request.Generated", "a BackupPlanId with special characters answered HTTP 500", dbs(b -> new ListingBehaviour(b) {
                    @Override
                    protected Set<String> restriction(RpcRequest request, ApiRules.SelectionRule rule) {
                        Set<String> plan = super.restriction(request, rule);
                        if (rule.param().equals("BackupPlanId") && plan != null && !plan.iterator().next().matches("[A-Za-z0-9_-]*")) {
                            throw new ApiException(500, "InternalError", "cannot look up plan " + plan);
                        }
                        return plan;
                    }
                })));
    }
}
